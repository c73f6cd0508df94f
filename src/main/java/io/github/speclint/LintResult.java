package io.github.speclint;

import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.adopt.RulesRun;
import io.github.speclint.graph.DesignIndex;
import io.github.speclint.adopt.Triage;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.tests.TestEvidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The sorted findings of a run, its figures, the parsed specs and the spec index the reports describe.
 *
 * @param findings      the findings that count (they can fail the build): neither suppressed nor in the baseline
 * @param specs         the linted specs as the cross-document phase keeps them ({@link SpecDocument#forGraph()}:
 *                      no tables, sub-sections, links or criterion notes); the index also holds those
 *                      includes/excludes leave out
 * @param baseDirectory the folder the findings' paths are relative to
 * @param rulesRun      the rules that ran and the severities they ran at
 * @param tests         the Coverage Maps' test cases with their outcomes, when the run read test reports
 * @param designs       the design artifacts read and their links
 * @param triage        what became of every finding: counted, known from the baseline, suppressed; their fingerprints
 */
public record LintResult(List<Finding> findings, LintStatistics statistics, List<SpecDocument> specs, SpecIndex index,
                         Path baseDirectory, RulesRun rulesRun, Optional<TestEvidence> tests, DesignIndex designs,
                         Triage triage) {

    public LintResult {
        findings = List.copyOf(findings);
        specs = List.copyOf(specs);
    }

    /** A result of the built-in rules at their built-in severities, without test reports, every finding counted. */
    public LintResult(List<Finding> findings, LintStatistics statistics, List<SpecDocument> specs, SpecIndex index,
                      Path baseDirectory) {
        this(findings, statistics, specs, index, baseDirectory, new RulesRun(RuleSet.all(), RuleSeverities.DEFAULTS));
    }

    /** A result without test reports, every finding counted. */
    public LintResult(List<Finding> findings, LintStatistics statistics, List<SpecDocument> specs, SpecIndex index,
                      Path baseDirectory, RulesRun rulesRun) {
        this(findings, statistics, specs, index, baseDirectory, rulesRun, Optional.empty(), DesignIndex.empty(index),
                Triage.untriaged(findings, specs));
    }

    /** The design artifacts read, in path order. */
    public List<DesignDocument> designDocuments() {
        return designs.designs();
    }
}
