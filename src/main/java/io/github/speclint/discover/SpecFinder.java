package io.github.speclint.discover;

import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
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
    private final List<PathProblem> problems = new ArrayList<>();

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
        return discover(roots, includes, excludes, layers, pruned).candidates();
    }

    /** The candidate files of every root, and the paths that had to be skipped, each once, in path order. */
    public static Discovery discover(SpecRoots roots, List<String> includes, List<String> excludes, Layers layers,
                                     Set<Path> pruned) throws IOException {
        Map<String, CandidateFile> byPath = new TreeMap<>();
        Map<String, PathProblem> problems = new TreeMap<>();
        for (SpecRoot root : roots.roots()) {
            Set<Path> skip = new HashSet<>(pruned);
            skip.addAll(roots.nestedIn(root));
            SpecFinder finder = new SpecFinder(root.directory(), roots.base(), includes, excludes, layers, skip);
            for (CandidateFile file : finder.find()) {
                byPath.putIfAbsent(file.displayPath(), file);
            }
            finder.problems.forEach(problem -> problems.putIfAbsent(problem.displayPath(), problem));
        }
        return new Discovery(new ArrayList<>(byPath.values()), new ArrayList<>(problems.values()));
    }

    /**
     * The candidate files in path order, so that every run sees them in the same order. Symlinks are followed (a
     * linked root or layer folder is part of the tree) unless they loop or lead outside both the root and the
     * project; what cannot be entered or followed is kept in {@link #problems()}.
     */
    public List<CandidateFile> find() throws IOException {
        List<CandidateFile> found = new ArrayList<>();
        problems.clear();
        if (!Files.isDirectory(root)) {
            return found;
        }
        List<Path> inside = List.of(RealPath.of(root), RealPath.of(base));
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || PRUNED.contains(name) || pruned.contains(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return followed(dir, inside) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    skipped(file, "symlink leads nowhere (" + linkTarget(file) + " does not exist); the spec it "
                            + "stood for is not checked");
                } else if (attrs.isRegularFile() && !isLayerIndex(file) && followed(file, inside)) {
                    boolean linted = wanted(file);
                    if (linted || isMarkdown(file)) {
                        found.add(new CandidateFile(file, displayPath(file), folderLayer(file), linted));
                    }
                } else if (!attrs.isRegularFile() && Files.isSymbolicLink(file)) {
                    skipped(file, "symlink to something that is neither a file nor a folder; skipped");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped(file, WalkProblems.describe(file, e));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                if (e != null) {
                    skipped(dir, WalkProblems.describe(dir, e));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
        problems.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
        return found;
    }

    /** The paths the last {@link #find()} could not enter, read or follow, in path order. */
    public List<PathProblem> problems() {
        return List.copyOf(problems);
    }

    /** A symlink is followed when it leads into the spec root or the project; elsewhere it is skipped, said so. */
    private boolean followed(Path path, List<Path> inside) {
        if (!Files.isSymbolicLink(path)) {
            return true;
        }
        Path target = RealPath.of(path);
        if (inside.stream().anyMatch(target::startsWith)) {
            return true;
        }
        skipped(path, "symlink to " + target + ", outside the spec root and the project; not followed, so "
                + "nothing there is read into findings or reports");
        return false;
    }

    private void skipped(Path path, String message) {
        problems.add(new PathProblem(displayPath(path), message));
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "its target";
        }
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
        return DisplayPath.of(base, file);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
