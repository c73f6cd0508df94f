package io.github.speclint.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check goal with test reports: the testReports parameter, the findings it adds and the summary line. */
@MojoTest
class CheckMojoTestReportsTest {

    private static final String FAILED = "error docs/coverage/garden-tests.md:19:45: error: test case COV-GARDEN-001 "
            + "for BUS-GARDEN-001 failed: of the 1 test carrying its id, 1 failed (PlotTest.cov_garden_001_freePlotIs"
            + "Offered); make it pass [coverage-test-failed]";
    private static final String CHECKED = "error docs/business/uc1-garden.md:11:7: error: BUS-GARDEN-001 is checked "
            + "[x] but its test case COV-GARDEN-001 failed (docs/coverage/garden-tests.md:19); make it pass or set the "
            + "box back to [ ] [criterion-checked-not-passed]";
    private static final String SUMMARY = "info speclint: test reports: 1 file, 3 tests; Coverage Map test cases: "
            + "1 passed, 2 failed, 1 not run";

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/tested")
    @MojoParameter(name = "testReports", value = "reports")
    void reportsTestOutcomesAtTheCoverageMapAndTheCriterionAndFails(CheckMojo mojo) {
        RecordingLog log = RecordingLog.on(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(log.has(FAILED), log.lines.toString());
        assertTrue(log.has(CHECKED), log.lines.toString());
        assertTrue(log.has(SUMMARY), log.lines.toString());
        assertTrue(failure.getMessage().startsWith("speclint found "), failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/tested")
    @MojoParameter(name = "testReports", value = "none")
    @MojoParameter(name = "failOn", value = "never")
    void noneReadsNoReportsAndAddsNothing(CheckMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        assertNothingOfTests(log);
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/tested")
    @MojoParameter(name = "failOn", value = "never")
    void withoutReportsInTheBuildDirectoryNothingChanges(CheckMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        assertNothingOfTests(log);
    }

    private static void assertNothingOfTests(RecordingLog log) {
        assertEquals(List.of(), log.lines.stream().filter(line -> line.contains("COV-GARDEN-00")
                || line.contains("test reports")).toList());
    }
}
