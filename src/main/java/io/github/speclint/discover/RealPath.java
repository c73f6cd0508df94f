package io.github.speclint.discover;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a path really leads, symlinks resolved, even when its last parts do not exist yet (an output folder before
 * the first run). Comparing such paths, not the text the user wrote, is what tells that {@code out/} is a link into
 * {@code docs/}.
 */
public final class RealPath {

    private RealPath() {
    }

    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            // a broken link or a folder that cannot be entered: nothing can be written there anyway
            return absolute;
        }
    }
}
