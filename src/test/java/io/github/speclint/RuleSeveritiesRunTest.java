package io.github.speclint;

import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule severities a team sets change what a run reports: the findings' severity, the counts, the rules that ran. */
class RuleSeveritiesRunTest {

    private static final Path GAPS = Path.of("src/it/gaps-tree/docs");

    @Test
    void aRuleSetToWarningReportsItsFindingsAsWarnings() throws IOException {
        LintResult result = lint(Map.of("table-columns", "warning", "criterion-id", "info"));

        assertEquals(List.of("criterion-id info", "table-columns warning"), result.findings().stream()
                .filter(f -> f.severity() != Severity.ERROR).map(f -> f.ruleId() + " " + f.severity().label())
                .toList());
        assertEquals(4, result.statistics().errors());
        assertEquals(1, result.statistics().warnings());
        assertEquals(1, result.statistics().infos());
        assertEquals(Map.of("table-columns", Severity.WARNING, "criterion-id", Severity.INFO),
                result.rulesRun().changed());
    }

    @Test
    void aRuleSetToOffDoesNotRunAndIsNotListed() throws IOException {
        LintResult full = lint(Map.of());
        LintResult result = lint(Map.of("section-missing", "off", "reference-broken-link", "off"));

        assertTrue(full.findings().stream().anyMatch(f -> f.ruleId().equals("section-missing")));
        assertFalse(result.findings().stream().anyMatch(f -> f.ruleId().equals("section-missing")));
        assertEquals(full.findings().size() - 1, result.findings().size());
        List<String> ran = result.rulesRun().rules().stream().map(RuleInfo::id).toList();
        assertEquals(RuleSet.withoutTestReports().size() - 2, ran.size());
        assertFalse(ran.contains("section-missing") || ran.contains("reference-broken-link"));
    }

    @Test
    void byDefaultEveryRuleRunsAtItsOwnSeverity() throws IOException {
        LintResult result = new Linter().lint(LintRequest.of(GAPS, GAPS));

        assertEquals(RuleSet.withoutTestReports(), result.rulesRun().rules(), "without test reports no test rule runs");
        assertEquals(Map.of(), result.rulesRun().changed());
        for (Finding finding : result.findings()) {
            assertEquals(RuleSet.all().stream().filter(r -> r.id().equals(finding.ruleId())).findFirst()
                    .orElseThrow().severity(), finding.severity());
        }
    }

    private static LintResult lint(Map<String, String> levels) throws IOException {
        return new Linter(RuleSeverities.of(levels, "test", RuleSet.all())).lint(LintRequest.of(GAPS, GAPS));
    }
}
