package io.github.speclint.model;

/** The first level-1 heading. */
public record Title(String text, SourcePosition position) {
}
