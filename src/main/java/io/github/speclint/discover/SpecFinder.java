package io.github.speclint.discover;

import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Walks the spec root for Markdown files. Build output, VCS and dependency folders and hidden folders are pruned
 * without being entered, and so are the folders the caller names (the build and report folders of the project, which
 * may lie inside the root when the root is the project itself); README files are layer indexes, not specs. Files that
 * includes/excludes leave out are found too, marked as not linted: links into them must still resolve.
 */
public final class SpecFinder {

    private static final Set<String> PRUNED = Set.of("target", "node_modules");

    private final Path root;
    private final Path base;
    private final List<PathPattern> includes;
    private final List<PathPattern> excludes;
    private final Layers layers;
    private final Set<Path> pruned;

    public SpecFinder(Path root, Path base, List<String> includes, List<String> excludes) {
        this(root, base, includes, excludes, Layers.SMAQIT, Set.of());
    }

    /** @param pruned folders that are not entered, whatever their name */
    public SpecFinder(Path root, Path base, List<String> includes, List<String> excludes, Layers layers,
                      Set<Path> pruned) {
        this.layers = layers;
        this.pruned = pruned.stream().map(dir -> dir.toAbsolutePath().normalize())
                .collect(Collectors.toUnmodifiableSet());
        this.root = root.toAbsolutePath().normalize();
        this.base = base.toAbsolutePath().normalize();
        this.includes = includes.stream().filter(p -> !p.isBlank()).map(PathPattern::of).toList();
        this.excludes = excludes.stream().filter(p -> !p.isBlank()).map(PathPattern::of).toList();
    }

    /**
     * The candidate files of every root in path order; a root inside another is walked as its own, so each file is
     * found once, for the module of the deepest root above it.
     */
    public static List<CandidateFile> find(SpecRoots roots, List<String> includes, List<String> excludes,
                                           Layers layers, Set<Path> pruned) throws IOException {
        Map<String, CandidateFile> byPath = new TreeMap<>();
        for (SpecRoot root : roots.roots()) {
            Set<Path> skip = new HashSet<>(pruned);
            skip.addAll(roots.nestedIn(root));
            for (CandidateFile file : new SpecFinder(root.directory(), roots.base(), includes, excludes, layers, skip)
                    .find()) {
                byPath.putIfAbsent(file.displayPath(), file);
            }
        }
        return new ArrayList<>(byPath.values());
    }

    /** The candidate files in path order, so that every run sees them in the same order. */
    public List<CandidateFile> find() throws IOException {
        List<CandidateFile> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                return name.startsWith(".") || PRUNED.contains(name) || pruned.contains(dir)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isLayerIndex(file)) {
                    boolean linted = wanted(file);
                    if (linted || isMarkdown(file)) {
                        found.add(new CandidateFile(file, displayPath(file), folderLayer(file), linted));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
        return found;
    }

    /** A folder's README is its index, never a spec. */
    private static boolean isLayerIndex(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).equals("readme.md");
    }

    private static boolean isMarkdown(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private boolean wanted(Path file) {
        String relative = slashes(root.relativize(file));
        return includes.stream().anyMatch(p -> p.matches(relative))
                && excludes.stream().noneMatch(p -> p.matches(relative));
    }

    /** The nearest folder named after a layer, from the file up to and including the root itself. */
    private Optional<Layer> folderLayer(Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Optional<Layer> layer = layers.byFolder(dir.getFileName() == null ? "" : dir.getFileName().toString());
            if (layer.isPresent()) {
                return layer;
            }
        }
        return Optional.empty();
    }

    private String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return slashes(absolute.startsWith(base) || sameRoot(absolute) ? base.relativize(absolute) : absolute);
    }

    private boolean sameRoot(Path file) {
        return base.getRoot() != null && base.getRoot().equals(file.getRoot());
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
