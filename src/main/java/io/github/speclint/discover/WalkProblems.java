package io.github.speclint.discover;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Path;

/** Says, in a user's terms, why walking the spec tree could not enter or read a path. */
final class WalkProblems {

    private WalkProblems() {
    }

    static String describe(Path path, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symlink back to a folder above it (a loop); not followed again";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read (permission denied); the specs in it are not checked";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("name too long")) {
            return String.format("path of %,d characters is longer than the file system allows; the specs in it are "
                    + "not checked", path.toAbsolutePath().toString().length());
        }
        return "cannot be read (" + e.getClass().getSimpleName() + (reason.isEmpty() ? "" : ": " + reason)
                + "); the specs in it are not checked";
    }
}
