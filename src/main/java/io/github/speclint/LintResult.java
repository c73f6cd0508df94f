package io.github.speclint;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;

import java.nio.file.Path;
import java.util.List;

/**
 * The sorted findings of a run, its figures, the parsed specs and the spec index the reports describe.
 *
 * @param baseDirectory the folder the findings' paths are relative to
 */
public record LintResult(List<Finding> findings, LintStatistics statistics, List<SpecDocument> specs, SpecIndex index,
                         Path baseDirectory) {

    public LintResult {
        findings = List.copyOf(findings);
        specs = List.copyOf(specs);
    }
}
