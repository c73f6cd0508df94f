package io.github.speclint.rules.tests;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.TestRule;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestEvidence.TestCase;
import io.github.speclint.tests.TestState;
import io.github.speclint.tests.TestTally;

/** A test carrying a Coverage Map test case id failed or errored: the requirements it covers do not hold. */
public final class CoverageTestFailedRule extends AbstractRule implements TestRule {

    public CoverageTestFailedRule() {
        super("coverage-test-failed", Severity.ERROR,
                "The tests carrying a Coverage Map test case id pass");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, TestEvidence tests, FindingSink out) {
        for (TestCase testCase : tests.testCases(spec, TestState.FAILED)) {
            TestTally tally = testCase.tally();
            String what = tally.errored() == 0 ? tally.failed() + " failed"
                    : tally.failed() == 0 ? tally.errored() + " errored"
                    : tally.failed() + " failed and " + tally.errored() + " errored";
            int unnamed = tally.failed() + tally.errored() - tally.failing().size();
            report(out, testCase.position(), testCase.id(), String.format(
                    "test case %s%s failed: of the %d %s carrying its id, %s (%s%s); make %s pass",
                    testCase.id(), CoverageTestNotRunRule.covers(testCase), tally.total(),
                    tally.total() == 1 ? "test" : "tests", what,
                    String.join(", ", tally.failing()), unnamed > 0 ? " and " + unnamed + " more" : "",
                    tally.failed() + tally.errored() == 1 ? "it" : "them"));
        }
    }
}
