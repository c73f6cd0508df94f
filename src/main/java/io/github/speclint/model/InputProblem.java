package io.github.speclint.model;

/** Why a file's bytes could not be read as a Markdown spec at all. */
public record InputProblem(Kind kind, String message, SourcePosition position) {

    /** The kinds of unreadable input. */
    public enum Kind { EMPTY, BINARY, ENCODING, TOO_LARGE, IO }
}
