package io.github.speclint.discover;

/**
 * A file or folder under a spec root that discovery could not enter or read, or chose not to follow: the specs in it
 * would otherwise be missing from the run without a word.
 *
 * @param displayPath the path as findings print it
 */
public record PathProblem(String displayPath, String message) {
}
