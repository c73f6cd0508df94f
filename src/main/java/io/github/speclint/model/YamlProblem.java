package io.github.speclint.model;

/** Something in the front matter's YAML that stopped it from being read as plain keys and values. */
public record YamlProblem(Kind kind, String message, SourcePosition position) {

    /** What went wrong, so that each kind can have its own rule. */
    public enum Kind { SYNTAX, NOT_A_MAPPING, UNSAFE_TAG, DUPLICATE_KEY, TOO_COMPLEX }
}
