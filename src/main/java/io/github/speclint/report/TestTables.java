package io.github.speclint.report;

import io.github.speclint.graph.CoverageSheet;
import io.github.speclint.report.ReportTable.Cell;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestState;
import io.github.speclint.tests.TestTally;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** The test outcomes in the report's tables: present only when the run read test reports. */
final class TestTables {

    private TestTables() {
    }

    /** A traceability cell: each test case with its outcome, styled by the worst one. */
    static Cell outcomes(Set<String> testCaseCells, TestEvidence tests) {
        StringJoiner text = new StringJoiner(", ");
        TestState worst = TestState.PASSED;
        for (String cell : testCaseCells) {
            List<String> ids = CoverageSheet.MapRow.idsIn(cell);
            if (ids.isEmpty()) {
                text.add(cell);
            }
            for (String id : ids) {
                TestState state = tests.results().tally(id).state();
                text.add(id + " " + state.label());
                worst = worse(worst, state);
            }
        }
        return new Cell(text.toString(), style(worst));
    }

    static ReportTable testCases(TestEvidence tests) {
        List<List<Cell>> rows = new ArrayList<>();
        for (TestEvidence.TestCase testCase : tests.all()) {
            TestTally tally = testCase.tally();
            rows.add(List.of(
                    new Cell(testCase.id(), "code"),
                    new Cell(testCase.where(), "path"),
                    Cell.of(String.join(", ", testCase.requirements())),
                    new Cell(testCase.state().label(), style(testCase.state())),
                    new Cell(String.valueOf(tally.passed()), "num"),
                    new Cell(String.valueOf(tally.failed() + tally.errored()), "num"),
                    new Cell(String.valueOf(tally.skipped()), "num"),
                    Cell.of(String.join(", ", tally.failing()))));
        }
        return new ReportTable("tests", "Tests", "Each test case of the Coverage Maps and the outcome of the tests "
                + "that carry its id in their name, display name or class name (" + tests.results().reports()
                + " test reports, " + tests.results().tests() + " tests).", List.of("Test case", "Coverage Map",
                "Requirements", "Outcome", "Passed", "Failed", "Skipped", "Failing tests"), rows,
                "No Coverage Map names a test case.");
    }

    private static TestState worse(TestState a, TestState b) {
        return a == TestState.FAILED || b == TestState.FAILED ? TestState.FAILED
                : a == TestState.NOT_RUN || b == TestState.NOT_RUN ? TestState.NOT_RUN : TestState.PASSED;
    }

    private static String style(TestState state) {
        return switch (state) {
            case FAILED -> "sev-error";
            case NOT_RUN -> "sev-warning";
            case PASSED -> "";
        };
    }
}
