package io.github.speclint.model;

/** A speclint comment that cannot be read as a suppression: an unknown directive, no rule named, a bad date. */
public record SuppressionProblem(String message, SourcePosition position) {
}
