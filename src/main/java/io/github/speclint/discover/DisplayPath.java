package io.github.speclint.discover;

import java.nio.file.Path;

/** How findings name a file: relative to the project base with forward slashes, or absolute on another drive. */
public final class DisplayPath {

    private DisplayPath() {
    }

    /** @param base an absolute, normalized folder */
    public static String of(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return slashes(absolute.startsWith(base) || sameRoot(base, absolute) ? base.relativize(absolute) : absolute);
    }

    private static boolean sameRoot(Path base, Path file) {
        return base.getRoot() != null && base.getRoot().equals(file.getRoot());
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
