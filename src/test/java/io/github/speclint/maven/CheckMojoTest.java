package io.github.speclint.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check goal as Maven configures it: defaults, skip, the failOn threshold, formats and bad configuration. */
@MojoTest
class CheckMojoTest {

    private static final String GAP = "error docs/business/login.md:33:1: error: section \"### Preconditions\" is "
            + "empty; write its content or state \"Not applicable: <reason>\" [section-empty]";
    private static final String DRIFT = "warn docs/business/login.md:23:31: warning: cell \"Goals\" in row 1 of "
            + "table \"Actors\" is empty [table-empty-cell]";

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    void byDefaultLintsDocsPrintsTheSummaryAndWritesNoReportFiles(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);
        // a first run: no cache of an earlier test's run, which would add the line saying what it gave
        deleteTree(Path.of(getBasedir(), "target/speclint"));

        mojo.execute();

        assertEquals(List.of("info speclint: 1 spec (1 BUS, 0 FUN, 0 STK, 0 INF, 0 COV), 0 links, 1 criterion (0 done, "
                + "0 failed), 0 errors, 0 warnings in "),
                log.lines.stream().map(line -> line.replaceAll("\\d+ ms$", "")).toList());
        try (Stream<Path> written = Files.list(Path.of(getBasedir(), "target/speclint"))) {
            assertEquals(List.of("cache"), written.map(file -> file.getFileName().toString()).toList(),
                    "only the cache of unchanged files' results");
        }
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    void aSecondRunTakesTheUnchangedFilesFromTheCacheAndSaysSo(CheckMojo mojo) throws Exception {
        deleteTree(Path.of(getBasedir(), "target/speclint"));
        RecordingLog first = record(mojo);
        mojo.execute();
        RecordingLog second = record(mojo);
        mojo.execute();

        assertEquals(1, first.lines.size(), "nothing to take from the cache on the first run: " + first.lines);
        assertEquals(2, second.lines.size(), second.lines.toString());
        assertTrue(second.lines.get(0).startsWith("info speclint: 1 of 1 files unchanged since the last run, taken "
                + "from the cache in ") && second.lines.get(0).endsWith(Path.of("target", "speclint", "cache")
                + ", cross-document findings included"), second.lines.get(0));
        assertEquals(first.lines.get(0).replaceAll("\\d+ ms$", ""), second.lines.get(1).replaceAll("\\d+ ms$", ""));
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "cache", value = "false")
    void cacheFalseKeepsNoCache(CheckMojo mojo) throws Exception {
        deleteTree(Path.of(getBasedir(), "target/speclint"));
        RecordingLog log = record(mojo);
        mojo.execute();
        mojo.execute();

        assertFalse(Files.exists(Path.of(getBasedir(), "target/speclint")), "nothing written");
        assertEquals(2, log.lines.size(), "no run says it took files from a cache: " + log.lines);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    void failsOnErrorsAfterPrintingEachFindingAtItsLine(CheckMojo mojo) {
        failsAfterPrintingTheGapAndTheDrift(mojo);
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "fork", value = "true")
    @MojoParameter(name = "cache", value = "false")
    void aForkedCheckLogsEachFindingAndFailsAsTheBuildsOwnDoes(CheckMojo mojo) {
        failsAfterPrintingTheGapAndTheDrift(mojo);
    }

    private static void failsAfterPrintingTheGapAndTheDrift(CheckMojo mojo) {
        RecordingLog log = record(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().startsWith("speclint found 1 error(s) and 1 warning(s) in 1 spec(s)"),
                failure.getMessage());
        assertTrue(log.has(GAP), log.lines.toString());
        assertTrue(log.has(DRIFT), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "fork", value = "sometimes")
    void anUnknownForkValueIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException refused = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("speclint: fork is \"sometimes\"; use auto, true or false", refused.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "skip", value = "true")
    void skipChecksNothing(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        assertEquals(List.of("info speclint: skipped (speclint.skip)"), log.lines);
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "failOn", value = "never")
    void failOnNeverReportsButPasses(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        assertTrue(log.has(GAP), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/drift")
    void warningsAloneDoNotFailByDefault(CheckMojo mojo) throws Exception {
        mojo.execute();
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/drift")
    @MojoParameter(name = "failOn", value = "WARNING")
    void failOnWarningFailsOnWarnings(CheckMojo mojo) {
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().contains("0 error(s) and 1 warning(s)"), failure.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "failOn", value = "sometimes")
    void anUnknownThresholdIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("speclint: failOn is \"sometimes\"; use error, warning or never", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "templates", value = "no-such-templates")
    void aTemplatesFolderThatIsNotThereIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("speclint: template "), error.getMessage());
        assertTrue(error.getMessage().contains("no-such-templates:1: no such folder; point speclint.templates at the "
                + "folder of <layer>.template.md files"), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "formats", value = "console,pdf")
    void anUnknownFormatIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("speclint: unknown format \"pdf\" in speclint.formats; use console, sarif, json, junit, checkstyle, html, github", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/project")
    @MojoParameter(name = "profile", value = "7")
    void anUnknownProfileIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().startsWith("speclint: unknown profile \"7\""), error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "formats", value = "sarif")
    @MojoParameter(name = "failOn", value = "never")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/reports")
    void writesSarifToTheOutputDirectory(CheckMojo mojo) throws Exception {
        mojo.execute();

        File sarif = new File(getBasedir(), "target/reports/speclint.sarif");
        assertTrue(sarif.isFile(), sarif.toString());
        assertTrue(Files.readString(sarif.toPath()).contains("\"ruleId\" : \"section-empty\""));
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "formats", value = "sarif")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/docs/out")
    void neverWritesIntoTheSpecTree(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().contains("lies inside the spec tree"), error.getMessage());
        assertFalse(Files.exists(Path.of(getBasedir(), "docs/out")));
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "directory", value = "${basedir}")
    @MojoParameter(name = "formats", value = "sarif")
    @MojoParameter(name = "failOn", value = "never")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/lint-reports")
    void aWholeProjectAsSpecTreeAcceptsTheOutputDirectoryAndNeverReadsIt(CheckMojo mojo) throws Exception {
        Path stale = Path.of(getBasedir(), "lint-reports/business/stale.md");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "---\nid: BUS-STALE\n---\n\n# not a spec\n");
        RecordingLog log = record(mojo);

        mojo.execute();

        assertTrue(Files.isRegularFile(Path.of(getBasedir(), "lint-reports/speclint.sarif")));
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("info speclint: 1 spec (1 BUS,")),
                log.lines.toString());
        assertTrue(log.lines.stream().noneMatch(line -> line.contains("stale.md")), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "formats", value = "console,sarif,json,junit,checkstyle,html")
    @MojoParameter(name = "failOn", value = "never")
    @MojoParameter(name = "outputDirectory", value = "${basedir}/target/all")
    void writesEveryFileFormatFromOneRun(CheckMojo mojo) throws Exception {
        RecordingLog log = record(mojo);

        mojo.execute();

        for (String name : List.of("speclint.sarif", "speclint.json", "speclint-junit.xml", "speclint-checkstyle.xml",
                "speclint.html")) {
            assertTrue(Files.size(Path.of(getBasedir(), "target/all", name)) > 0, name);
            assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("info speclint: wrote ")
                    && line.endsWith(name)), name);
        }
        assertTrue(log.has("info docs/business/login.md: 1 error, 1 warning"), log.lines.toString());
        assertTrue(log.has("info speclint: findings by rule: section-empty 1, table-empty-cell 1"),
                log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "failOn", value = "never")
    void onGithubActionsAnnotatesAndWritesTheJobSummary(CheckMojo mojo) throws Exception {
        Path summary = Files.createTempFile("step-summary", ".md");
        mojo.environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString(),
                "GIT_CEILING_DIRECTORIES", System.getenv("GIT_CEILING_DIRECTORIES"))::get;
        record(mojo);
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            mojo.execute();
        } finally {
            System.setOut(console);
        }

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.contains("::error file=docs/business/login.md,line=33,col=1,title=section-empty::section "
                + "\"### Preconditions\" is empty; write its content or state \"Not applicable: <reason>\""),
                lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("::warning file=docs/business/login.md,line=23,")),
                lines.toString());
        assertTrue(Files.readString(summary).contains("## speclint"));
    }

    private static RecordingLog record(CheckMojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }

    private static String getBasedir() {
        return org.apache.maven.api.plugin.testing.MojoExtension.getBasedir();
    }
}
