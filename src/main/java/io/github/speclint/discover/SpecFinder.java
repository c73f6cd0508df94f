package io.github.speclint.discover;

import io.github.speclint.model.EscapedText;
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
import java.util.function.Function;
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
    /** The root relative to the base, forward slashes, not escaped; null for a root outside the base. */
    private final String rootShown;
    private final String rootText;

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
        this.rootText = this.root.toString();
        this.rootShown = this.root.startsWith(this.base) ? slashes(this.base.relativize(this.root)) : null;
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
        if (roots.roots().size() == 1) {
            SpecRoot root = roots.roots().get(0);
            SpecFinder finder = new SpecFinder(root.directory(), roots.base(), includes, excludes, layers, pruned);
            return new Discovery(firstOfEach(finder.find(), CandidateFile::displayPath),
                    firstOfEach(finder.problems, PathProblem::displayPath));
        }
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

    /** A list in path order with each path once, the first of each kept. */
    private static <T> List<T> firstOfEach(List<T> sorted, Function<T, String> path) {
        List<T> once = new ArrayList<>(sorted.size());
        for (T item : sorted) {
            if (once.isEmpty() || !path.apply(once.get(once.size() - 1)).equals(path.apply(item))) {
                once.add(item);
            }
        }
        return once;
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
                } else if (attrs.isRegularFile()) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    // a folder's README is its index, never a spec
                    if (!name.equals("readme.md") && followed(file, inside)) {
                        String relative = relativeToRoot(file);
                        boolean linted = wanted(relative);
                        if (linted || name.endsWith(".md")) {
                            found.add(new CandidateFile(file, displayPath(file, relative), folderLayer(file), linted));
                        }
                    }
                } else if (Files.isSymbolicLink(file)) {
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

    /**
     * The file's path relative to the root, forward slashes. The walk names every file as the root's path and more,
     * so it is a cut of that text: {@link Path#relativize} took about as long as the walk itself (10,000 files, a cold
     * JVM).
     */
    private String relativeToRoot(Path file) {
        String path = file.toString();
        String prefix = rootText;
        if (path.length() > prefix.length() && path.startsWith(prefix)
                && path.charAt(prefix.length()) == file.getFileSystem().getSeparator().charAt(0)) {
            return slashes(path.substring(prefix.length() + 1));
        }
        return slashes(root.relativize(file));
    }

    /** Whether includes/excludes take a file, by its path relative to the root. */
    private boolean wanted(String relative) {
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    /** A loop, not a stream: this runs for every file of the tree. */
    private static boolean matchesAny(List<PathPattern> patterns, String relative) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(relative)) {
                return true;
            }
        }
        return false;
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

    /** {@link DisplayPath#of} for a file under the root, from its path relative to the root that is known already. */
    private String displayPath(Path file, String relative) {
        if (rootShown == null) {
            return displayPath(file);
        }
        return EscapedText.of(rootShown.isEmpty() ? relative : rootShown + "/" + relative);
    }

    private static String slashes(Path path) {
        return slashes(path.toString());
    }

    private static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
