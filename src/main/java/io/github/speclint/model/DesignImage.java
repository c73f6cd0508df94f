package io.github.speclint.model;

import java.util.Optional;

/**
 * The rendered PNG beside a design (same base name), as far as its header and bytes tell.
 *
 * @param path   the image's path as findings print it
 * @param width  pixels, from the IHDR header; 0 unless the state is {@link State#OK} or {@link State#TOO_LARGE}
 * @param sha256 the SHA-256 of the file's bytes, when they were hashed
 * @param detail what is wrong, in words, when the state is not OK
 */
public record DesignImage(String path, State state, long width, long height, Optional<String> sha256, String detail) {

    /** What reading the image found. */
    public enum State { OK, MISSING, SYMLINK, NOT_REGULAR, NOT_PNG, TOO_LARGE, UNREADABLE }

    public static DesignImage failed(String path, State state, String detail) {
        return new DesignImage(path, state, 0, 0, Optional.empty(), detail);
    }

    public boolean hasSize() {
        return state == State.OK || state == State.TOO_LARGE;
    }
}
