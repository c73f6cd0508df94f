package io.github.speclint.tests;

import java.util.List;
import java.util.Map;

/**
 * What the test reports of a run say about the coverage test case ids of the spec tree.
 *
 * @param tallies  the executed tests counted per coverage test case id they carry (ids no test carries are absent)
 * @param problems reports that could not be read, or not to the end
 * @param reports  how many report files were opened
 * @param tests    how many test cases the reports hold, whatever ids they carry
 */
public record TestResults(Map<String, TestTally> tallies, List<ReportProblem> problems, int reports, int tests) {

    public TestResults {
        tallies = Map.copyOf(tallies);
        problems = List.copyOf(problems);
    }

    public TestTally tally(String testCaseId) {
        return tallies.getOrDefault(testCaseId, TestTally.NONE);
    }
}
