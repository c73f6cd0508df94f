package io.github.speclint;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;

import java.util.List;

/** The sorted findings of a run, its figures, and the parsed specs the reports describe. */
public record LintResult(List<Finding> findings, LintStatistics statistics, List<SpecDocument> specs) {

    public LintResult {
        findings = List.copyOf(findings);
        specs = List.copyOf(specs);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
