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

/** The test rules join a run only with test reports, and obey the severities a team sets like every other rule. */
class TestReportRunTest {

    private static final Path TREE = Path.of("src/test/resources/rules/criterion-checked-not-passed/fail");
    private static final Path BROKEN = Path.of("src/test/resources/rules/test-report-unreadable/fail");

    @Test
    void aRunWithTestReportsAppliesTheTestRulesToo() throws IOException {
        LintResult result = lint(TREE, RuleSeverities.DEFAULTS);

        assertEquals(RuleSet.all(), result.rulesRun().rules());
        assertTrue(result.tests().isPresent());
    }

    @Test
    void testRulesCanBeTurnedOffOrRaised() throws IOException {
        RuleSeverities severities = RuleSeverities.of(Map.of("coverage-test-failed", "off",
                "test-report-unreadable", "error"), "test", RuleSet.all());

        LintResult tree = lint(TREE, severities);
        LintResult broken = lint(BROKEN, severities);

        assertFalse(tree.findings().stream().anyMatch(f -> f.ruleId().equals("coverage-test-failed")));
        assertFalse(tree.rulesRun().rules().stream().map(RuleInfo::id).toList().contains("coverage-test-failed"));
        assertTrue(tree.findings().stream().anyMatch(f -> f.ruleId().equals("criterion-checked-not-passed")));
        List<Finding> unreadable = broken.findings().stream()
                .filter(f -> f.ruleId().equals("test-report-unreadable")).toList();
        assertEquals(3, unreadable.size());
        assertTrue(unreadable.stream().allMatch(f -> f.severity() == Severity.ERROR));
    }

    private static LintResult lint(Path tree, RuleSeverities severities) throws IOException {
        return new Linter(severities).lint(LintRequest.of(tree, tree)
                .withTestReports(List.of(tree.resolve("test-reports"))));
    }
}
