package io.github.speclint.scaffold;

import java.io.IOException;

/** A write into the spec tree that speclint will not make: the message says why, in the user's terms. */
public final class SpecWriteRefused extends IOException {

    public SpecWriteRefused(String message) {
        super(message);
    }
}
