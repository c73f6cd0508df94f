package io.github.speclint.discover;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one folder that every path in the findings and reports is relative to, so that CI can place them: the GitHub
 * Actions workspace when the build runs there, else the repository root (the nearest folder at or above where Maven was
 * started that holds {@code .git}, a folder or, in a worktree or submodule, a file; git's
 * {@code GIT_CEILING_DIRECTORIES} is honoured), else the folder Maven was started in. A candidate counts only when the
 * project lies inside it; the project's own folder is the last resort.
 *
 * @param kind how the folder was chosen, for the log line that states it
 */
public record PathRoot(Path directory, Kind kind) {

    public enum Kind {
        GITHUB_WORKSPACE("the GitHub workspace"),
        REPOSITORY("the repository root"),
        EXECUTION_ROOT("the folder Maven was started in"),
        PROJECT("the project folder");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    /** {@code the repository root /home/me/shop}. */
    public String describe() {
        return kind.description + " " + directory;
    }

    /**
     * @param executionRoot where the build was started (the reactor root); may be null
     * @param project       the folder of the project being checked
     * @param environment   the process environment
     */
    public static PathRoot find(Path executionRoot, Path project, Function<String, String> environment) {
        Path base = normalized(project);
        Path start = executionRoot == null ? base : normalized(executionRoot);
        Optional<Path> workspace = absolute(environment.apply("GITHUB_WORKSPACE"));
        if (workspace.isPresent() && base.startsWith(workspace.get())) {
            return new PathRoot(workspace.get(), Kind.GITHUB_WORKSPACE);
        }
        Optional<Path> repository = repository(start, ceilings(environment.apply("GIT_CEILING_DIRECTORIES")));
        if (repository.isPresent() && base.startsWith(repository.get())) {
            return new PathRoot(repository.get(), Kind.REPOSITORY);
        }
        if (base.startsWith(start)) {
            return new PathRoot(start, Kind.EXECUTION_ROOT);
        }
        return new PathRoot(base, Kind.PROJECT);
    }

    /** As git looks: the folder itself, then each parent, never moving up into a ceiling folder. */
    static Optional<Path> repository(Path start, List<Path> ceilings) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
            if (dir.getParent() != null && ceilings.contains(dir.getParent())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<Path> ceilings(String value) {
        List<Path> folders = new ArrayList<>();
        if (value != null) {
            for (String part : value.split(File.pathSeparator)) {
                absolute(part).ifPresent(folders::add);
            }
        }
        return folders;
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value.strip());
            return path.isAbsolute() ? Optional.of(path.normalize()) : Optional.empty();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
