package io.github.speclint.model;

/** The closing {@code *Generated with smaqit <version>*} line. */
public record Footer(String version, SourcePosition position) {
}
