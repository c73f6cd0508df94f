package io.github.speclint.rules.tests;

import io.github.speclint.model.Criterion;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestEvidence.TestCase;
import io.github.speclint.tests.TestState;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the test rules look up and name the test cases of a criterion that did not pass. */
final class Outcomes {

    /** Lists in messages name this many and count the rest. */
    private static final int MAX_NAMED = 5;

    private Outcomes() {
    }

    /** A checked, testable criterion whose mapped test cases did not all pass; unmapped ones are another rule's. */
    static boolean checkedButNotPassed(Criterion criterion, TestEvidence tests) {
        return criterion.isChecked() && !criterion.untestable() && !notPassed(criterion, tests).isEmpty();
    }

    /** The test cases mapped to any of the criterion's ids that did not pass, each once. */
    static List<TestCase> notPassed(Criterion criterion, TestEvidence tests) {
        Set<TestCase> cases = new LinkedHashSet<>();
        for (String id : criterion.memberIds()) {
            for (TestCase testCase : tests.testCasesFor(id)) {
                if (testCase.state() != TestState.PASSED) {
                    cases.add(testCase);
                }
            }
        }
        return List.copyOf(cases);
    }

    /** {@code COV-LOANS-002 failed (docs/coverage/loan-tests.md:48) and COV-LOANS-007 was not run (...:49)}. */
    static String describe(List<TestCase> cases) {
        return list(cases.stream().map(c -> String.format("%s %s (%s)", c.id(),
                c.state() == TestState.FAILED ? "failed" : "was not run", c.where())).toList());
    }

    /** {@code a, b and c}; beyond {@value #MAX_NAMED} items, {@code a, b, c, d, e and 3 more}. */
    static String list(List<String> items) {
        if (items.size() > MAX_NAMED) {
            return String.join(", ", items.subList(0, MAX_NAMED)) + " and " + (items.size() - MAX_NAMED) + " more";
        }
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
