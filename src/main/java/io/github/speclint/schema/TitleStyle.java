package io.github.speclint.schema;

/** How a layer's level-1 title is written. */
public enum TitleStyle {
    /** {@code # UC<n>-<CONCEPT>: <name>}, the business layer's use-case id. */
    USE_CASE,
    /** A free human title. */
    FREE
}
