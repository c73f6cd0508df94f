package io.github.speclint.model;

/** One line of a design's diagram source that a rule looks at, stripped, with where its text starts. */
public record DesignLine(String text, SourcePosition position) {
}
