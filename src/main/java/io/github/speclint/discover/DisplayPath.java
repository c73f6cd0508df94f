package io.github.speclint.discover;

import io.github.speclint.model.EscapedText;

import java.nio.file.Path;

/**
 * How findings name a file: relative to the project base with forward slashes, or absolute on another drive; a line
 * break or control character in a name is shown escaped (see {@link EscapedText}), the same in every report.
 */
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
        return EscapedText.of(path.toString().replace('\\', '/'));
    }
}
