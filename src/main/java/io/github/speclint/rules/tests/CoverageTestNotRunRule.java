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

import java.util.Locale;

/**
 * A test case of a Coverage Map that no executed test carries in its name, display name or class name: the map
 * promises a test the build did not run (there is none, it is named otherwise, or it was skipped).
 */
public final class CoverageTestNotRunRule extends AbstractRule implements TestRule {

    public CoverageTestNotRunRule() {
        super("coverage-test-not-run", Severity.WARNING,
                "Every Coverage Map test case id is carried by a test that ran");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, TestEvidence tests, FindingSink out) {
        for (TestCase testCase : tests.testCases(spec, TestState.NOT_RUN)) {
            int skipped = testCase.tally().skipped();
            String why = skipped == 0
                    ? "no test in the test reports carries its id; name the test that covers it after the id "
                    + "(for example a method " + testCase.id().toLowerCase(Locale.ROOT).replace('-', '_')
                    + "_...) and run it"
                    : (skipped == 1 ? "its test was skipped" : "its " + skipped + " tests were skipped")
                    + "; a skipped test proves nothing, so run it";
            report(out, testCase.position(), testCase.id(), String.format("test case %s%s was not run: %s",
                    testCase.id(), covers(testCase), why));
        }
    }

    static String covers(TestCase testCase) {
        return testCase.requirements().isEmpty() ? "" : " for " + Outcomes.list(testCase.requirements());
    }
}
