package io.github.speclint.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check goal on a tree with findings a team has decided about: severities, a budget, a quiet log. */
@MojoTest
class CheckMojoAdoptionTest {

    private static final String EMPTY_SECTION = "docs/business/login.md:33:1: %s: section \"### Preconditions\" is "
            + "empty; write its content or state \"Not applicable: <reason>\" [section-empty]";

    @AfterEach
    void clearCommandLine() {
        System.clearProperty(RuleOptions.PROPERTY);
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/rules")
    void thePomsRulesWinOverSpeclintYmlWhichStillTurnsItsOwnRulesOff(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        assertTrue(log.has("warn " + String.format(EMPTY_SECTION, "warning")), log.lines.toString());
        assertFalse(log.lines.stream().anyMatch(line -> line.contains("[table-empty-cell]")), log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(line -> line.contains(", 0 errors, 1 warning in ")),
                log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/rules")
    void theCommandLineWinsOverThePom(CheckMojo mojo) {
        System.setProperty(RuleOptions.PROPERTY, "section-empty:error,table-empty-cell:warning");
        RecordingLog log = record(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().startsWith("speclint found 1 error(s) and 1 warning(s)"), failure.getMessage());
        assertTrue(log.has("error " + String.format(EMPTY_SECTION, "error")), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/rules")
    void anUnknownRuleIdIsAConfigurationErrorNamingTheKnownOnes(CheckMojo mojo) {
        System.setProperty(RuleOptions.PROPERTY, "table-colums:off");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("speclint: unknown rule \"table-colums\" in speclint.rules (did you "
                + "mean table-columns?); the rules are file-unreadable, "), error.getMessage());
        assertTrue(error.getMessage().endsWith(", design-reference-deprecated, coverage-test-not-run, "
                + "coverage-test-failed, criterion-checked-not-passed, status-validated-not-passed, "
                + "test-report-unreadable, suppression-invalid, suppression-reason-missing, suppression-expired, "
                + "suppression-unused, path-skipped"),
                error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/rules")
    void anUnknownLevelIsAConfigurationError(CheckMojo mojo) {
        System.setProperty(RuleOptions.PROPERTY, "section-empty:fatal");

        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("speclint: rule section-empty is set to \"fatal\" in speclint.rules; use error, warning, info "
                + "or off", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    void findingsWithinTheBudgetPassAndSaySo(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        assertTrue(log.has("info speclint: 1 finding(s) at or above error, within maxAllowedViolations=1"),
                log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    @MojoParameter(name = "failOn", value = "warning")
    void findingsOverTheBudgetFailWithBothNumbers(CheckMojo mojo) {
        record(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("speclint found 1 error(s) and 1 warning(s) in 1 spec(s) (failOn=warning); 2 finding(s) at or "
                + "above warning exceed maxAllowedViolations=1; each is listed above with its file and line",
                failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "quiet", value = "true")
    @MojoParameter(name = "formats", value = "console")
    void quietLogsOnlyTheSummaryAndTheFailurePointsAtTheLog(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals(1, log.lines.size(), log.lines.toString());
        assertTrue(log.lines.get(0).startsWith("info speclint: 1 spec "), log.lines.toString());
        assertTrue(failure.getMessage().endsWith("; run without speclint.quiet to list each in the log"),
                failure.getMessage());
        try (Stream<Path> written = Files.list(Path.of(getBasedir(), "target/speclint"))) {
            assertEquals(List.of("cache"), written.map(file -> file.getFileName().toString()).toList(),
                    "console writes no report file");
        }
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "formats", value = "json")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/logged")
    void findingsAreLoggedWhateverTheFormats(CheckMojo mojo) {
        RecordingLog log = record(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(log.has("error " + String.format(EMPTY_SECTION, "error")), log.lines.toString());
        assertTrue(failure.getMessage().endsWith("; each is listed above with its file and line"),
                failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "quiet", value = "true")
    @MojoParameter(name = "formats", value = "json")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/quiet")
    void quietWithReportFilesPointsAtTheFolderWritten(CheckMojo mojo) {
        record(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        Path written = Path.of(getBasedir(), "target/quiet");
        assertTrue(Files.isRegularFile(written.resolve("speclint.json")));
        assertTrue(failure.getMessage().endsWith("; see the reports in " + written.toAbsolutePath().normalize()),
                failure.getMessage());
    }

    private static RecordingLog record(CheckMojo mojo) {
        return RecordingLog.on(mojo);
    }

    private static String getBasedir() {
        return MojoExtension.getBasedir();
    }
}
