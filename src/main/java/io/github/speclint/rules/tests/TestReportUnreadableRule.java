package io.github.speclint.rules.tests;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingCollector;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.tests.ReportProblem;
import io.github.speclint.tests.TestResults;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A test report that cannot be read, or not to the end (missing, not well-formed, not JUnit XML, with a DOCTYPE,
 * too large): its tests, or those after the point it broke, count as not run. Reported at the report's own path.
 */
public final class TestReportUnreadableRule extends AbstractRule {

    public TestReportUnreadableRule() {
        super("test-report-unreadable", Severity.WARNING, "Test reports are well-formed JUnit XML");
    }

    /** @param severity the severity the rule runs at in this run */
    public List<Finding> check(TestResults results, Function<RuleInfo, Severity> severity) {
        List<Finding> findings = new ArrayList<>();
        for (ReportProblem problem : results.problems()) {
            FindingCollector out = new FindingCollector(problem.path(), severity);
            report(out, problem.position(), fileName(problem.path()), problem.message());
            findings.addAll(out.findings());
        }
        return findings;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
