package io.github.speclint.discover;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The root of a smaqit project: the nearest folder at or above the spec directory that holds {@code .smaqit/} (where
 * smaqit installs its templates), else the project's base directory. Designs ({@code docs/designs}) and installed
 * templates are found relative to it, so that a spec tree in a Maven module still finds the project's designs.
 */
public final class ProjectRoot {

    static final String MARKER = ".smaqit";

    private ProjectRoot() {
    }

    /**
     * @param specDirectory the spec root being linted
     * @param baseDirectory the Maven project's base, the answer when no folder above the specs holds {@code .smaqit/}
     */
    public static Path find(Path specDirectory, Path baseDirectory) {
        for (Path dir = specDirectory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(MARKER))) {
                return dir;
            }
        }
        return baseDirectory.toAbsolutePath().normalize();
    }
}
