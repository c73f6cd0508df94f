package io.github.speclint.report;

import io.github.speclint.LintResult;

import java.io.IOException;
import java.nio.file.Path;

/** One output format, written from the sorted findings, the statistics and the spec graph of a run. */
public interface Report {

    void write(LintResult result, Path file) throws IOException;
}
