package io.github.speclint.discover;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The spec directories of a run as the findings' paths see them: each root's path relative to the base, so that a
 * spec's path tells which module it belongs to (the deepest root above it) and whether a link's target stays inside
 * the spec tree (below any root). A folder given twice counts once, for the first module that names it.
 */
public final class SpecRoots {

    private final Path base;
    private final List<SpecRoot> roots;
    private final Map<SpecRoot, String> prefixes = new LinkedHashMap<>();

    private SpecRoots(Path base, List<SpecRoot> roots) {
        this.base = base.toAbsolutePath().normalize();
        Map<Path, SpecRoot> byDirectory = new LinkedHashMap<>();
        roots.forEach(root -> byDirectory.putIfAbsent(root.directory(), root));
        this.roots = List.copyOf(byDirectory.values());
        this.roots.forEach(root -> prefixes.put(root, slashes(this.base.relativize(root.directory()))));
    }

    public static SpecRoots of(Path base, List<SpecRoot> roots) {
        return new SpecRoots(base, roots);
    }

    public List<SpecRoot> roots() {
        return roots;
    }

    public Path base() {
        return base;
    }

    /** True when the roots carry module names, so findings and messages name them. */
    public boolean namesModules() {
        return roots.stream().anyMatch(root -> !root.module().isEmpty());
    }

    /** The module of the deepest root above a path in the form of specs' paths; empty when none is. */
    public String moduleOf(String path) {
        SpecRoot owner = null;
        int depth = -1;
        for (SpecRoot root : roots) {
            String prefix = prefixes.get(root);
            if (under(path, prefix) && prefix.length() > depth) {
                owner = root;
                depth = prefix.length();
            }
        }
        return owner == null ? "" : owner.module();
    }

    /** True when a path in the form of specs' paths lies below one of the roots. */
    public boolean contains(String path) {
        return prefixes.values().stream().anyMatch(prefix -> under(path, prefix));
    }

    /** The other roots that lie inside this one: its walk leaves them to their own modules. */
    Set<Path> nestedIn(SpecRoot outer) {
        return roots.stream()
                .filter(root -> !root.equals(outer) && root.directory().startsWith(outer.directory()))
                .map(SpecRoot::directory)
                .collect(Collectors.toSet());
    }

    private static boolean under(String path, String prefix) {
        if (prefix.isEmpty()) {
            return !path.startsWith("../") && !path.equals("..");
        }
        return path.startsWith(prefix + "/");
    }

    /** The module names in root order, each once. */
    public List<String> modules() {
        List<String> names = new ArrayList<>();
        roots.stream().map(SpecRoot::module).filter(name -> !name.isEmpty() && !names.contains(name))
                .forEach(names::add);
        return names;
    }

    static String slashes(Path path) {
        return DisplayPath.slashes(path);
    }
}
