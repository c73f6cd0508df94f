package io.github.speclint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestResults;
import io.github.speclint.tests.TestState;
import io.github.speclint.tests.TestTally;

import java.util.List;

/** The test outcomes in {@code speclint.json}: present only when the run read test reports. */
final class TestsJson {

    private TestsJson() {
    }

    /** {@code "tests": {"reports": 2, "tests": 14, "testCases": {"passed": 9, "failed": 1, "notRun": 2}}}. */
    static void summary(ObjectNode node, TestEvidence tests) {
        TestResults results = tests.results();
        node.put("reports", results.reports());
        node.put("tests", results.tests());
        ObjectNode cases = node.putObject("testCases");
        for (TestState state : TestState.values()) {
            cases.put(key(state), tests.all().stream().filter(c -> c.state() == state).count());
        }
    }

    /** A coverage spec's Coverage Map test cases, each with its line, requirements and outcome. */
    static void testCases(ArrayNode array, List<TestEvidence.TestCase> testCases) {
        for (TestEvidence.TestCase testCase : testCases) {
            ObjectNode node = array.addObject();
            node.put("id", testCase.id());
            node.put("line", testCase.position().line());
            ArrayNode requirements = node.putArray("requirements");
            testCase.requirements().forEach(requirements::add);
            node.put("outcome", testCase.state().label().replace(' ', '-'));
            TestTally tally = testCase.tally();
            node.put("passed", tally.passed());
            node.put("failed", tally.failed());
            node.put("errored", tally.errored());
            node.put("skipped", tally.skipped());
            ArrayNode failing = node.putArray("failingTests");
            tally.failing().forEach(failing::add);
        }
    }

    /** {@code passed}, {@code failed}, {@code notRun}. */
    static String key(TestState state) {
        String label = state.label();
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space) + Character.toUpperCase(label.charAt(space + 1))
                + label.substring(space + 2);
    }
}
