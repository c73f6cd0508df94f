package io.github.speclint.tests;

import io.github.speclint.model.SourcePosition;

/**
 * A test report speclint could not read, or not to the end.
 *
 * @param path where the report is, relative to the project base when it lies below it
 */
public record ReportProblem(String path, SourcePosition position, String message) {
}
