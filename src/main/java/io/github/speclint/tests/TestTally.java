package io.github.speclint.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * The executed tests that carry one coverage test case id, counted by outcome.
 *
 * @param failing the labels of the first few tests that failed or errored, for messages
 */
public record TestTally(int passed, int failed, int errored, int skipped, List<String> failing) {

    /** Messages name this many failing tests and count the rest. */
    static final int MAX_NAMED = 3;

    public static final TestTally NONE = new TestTally(0, 0, 0, 0, List.of());

    public TestTally {
        failing = List.copyOf(failing);
    }

    static TestTally of(ExecutedTest test) {
        TestOutcome outcome = test.outcome();
        boolean bad = outcome == TestOutcome.FAILED || outcome == TestOutcome.ERRORED;
        return new TestTally(outcome == TestOutcome.PASSED ? 1 : 0, outcome == TestOutcome.FAILED ? 1 : 0,
                outcome == TestOutcome.ERRORED ? 1 : 0, outcome == TestOutcome.SKIPPED ? 1 : 0,
                bad ? List.of(test.label()) : List.of());
    }

    TestTally plus(TestTally other) {
        List<String> named = failing;
        if (named.size() < MAX_NAMED && !other.failing.isEmpty()) {
            named = new ArrayList<>(failing);
            for (String label : other.failing) {
                if (named.size() < MAX_NAMED) {
                    named.add(label);
                }
            }
        }
        return new TestTally(passed + other.passed, failed + other.failed, errored + other.errored,
                skipped + other.skipped, named);
    }

    public int total() {
        return passed + failed + errored + skipped;
    }

    public TestState state() {
        if (failed + errored > 0) {
            return TestState.FAILED;
        }
        return passed > 0 ? TestState.PASSED : TestState.NOT_RUN;
    }
}
