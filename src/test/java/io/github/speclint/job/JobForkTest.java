package io.github.speclint.job;

import io.github.speclint.LintRequest;
import io.github.speclint.report.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A check in a JVM of its own says and decides what the same check in the build's JVM does. */
class JobForkTest {

    private static final Path PROJECT = Path.of("src/it/gaps-tree").toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String CLASSPATH = System.getProperty("java.class.path");

    @TempDir
    Path output;

    @Test
    void aForkedCheckLogsWritesAndDecidesAsTheBuildsOwnJvm() throws Exception {
        CheckJob job = job(Set.of(ReportFormat.SARIF, ReportFormat.GITHUB), output.resolve("forked"), null,
                "table-columns:warning");
        Lines forked = new Lines();
        CheckOutcome forkedOutcome = JobFork.run(job, JAVA, ForkOptions.jvmOptions(new ForkOptions.TreeSize(3, 0),
                Long.MAX_VALUE), CLASSPATH, forked, forked::output);

        CheckJob same = job(job.formats(), output.resolve("own"), null, job.severities());
        Lines own = new Lines();
        CheckOutcome ownOutcome = CheckRun.run(same, own, own::output);

        assertEquals(ownOutcome, forkedOutcome);
        assertEquals(new CheckOutcome(5, 1, 3, 0, 0, true), forkedOutcome);
        assertEquals(own.normalised(output.resolve("own")), forked.normalised(output.resolve("forked")));
        assertTrue(forked.lines.contains("error docs/business/uc1-signup.md:3:9: error: status \"done\" is not one of "
                + "draft, implemented, deployed, validated, failed, deprecated [frontmatter-status]"), forked.lines
                .toString());
        assertTrue(forked.lines.stream().anyMatch(line -> line.startsWith("out ::error file=docs/")),
                forked.lines.toString());
        assertEquals(Files.readString(output.resolve("own/speclint.sarif")).length(),
                Files.readString(output.resolve("forked/speclint.sarif")).length());
    }

    @Test
    void theForkFormatsNumbersTheBuildsWayAndSaysNothingBeside() throws Exception {
        CheckJob job = job(Set.of(), output, null, "");
        CheckJob german = new CheckJob(job.request().withMaxFileBytes(1000), job.templates(), job.projectRoot(),
                job.severities(), job.today(), null, null, false, Set.of(), output, null, "", null, "de-DE");
        Lines forked = new Lines();

        JobFork.run(german, JAVA, List.of(), CLASSPATH, forked, forked::output);

        assertTrue(forked.lines.stream().anyMatch(line -> line.contains("over the 1.000-byte limit")),
                forked.lines.toString());
        assertTrue(forked.lines.stream().noneMatch(line -> line.startsWith("warn ")), forked.lines.toString());
    }

    @Test
    void whatStopsTheForkedCheckStopsTheBuildWithItsMessage() {
        CheckJob job = job(Set.of(ReportFormat.SARIF), output, "speclint: outputDirectory lies inside the spec tree",
                "");
        Lines forked = new Lines();

        JobFailure failure = assertThrows(JobFailure.class, () -> JobFork.run(job, JAVA, List.of(), CLASSPATH, forked,
                forked::output));

        assertEquals("speclint: outputDirectory lies inside the spec tree", failure.getMessage());
        assertTrue(forked.lines.stream().anyMatch(line -> line.startsWith("info speclint: 3 specs")),
                "the findings and summary come first: " + forked.lines);
    }

    @Test
    void aBaselineThatIsNoBaselineStopsTheForkedCheckAsItStopsTheBuildsOwn() throws IOException {
        Path broken = Files.writeString(output.resolve("speclint-baseline.json"), "{ not json");
        CheckJob plain = job(Set.of(), output, null, "");
        CheckJob job = new CheckJob(plain.request(), null, PROJECT, "", plain.today(), broken, null, false,
                Set.of(), output, null, "", null, "en-US");

        JobFailure forked = assertThrows(JobFailure.class, () -> JobFork.run(job, JAVA, List.of(), CLASSPATH,
                new Lines(), line -> { }));
        JobFailure own = assertThrows(JobFailure.class, () -> CheckRun.baseline(broken));

        assertEquals(own.getMessage(), forked.getMessage());
        assertTrue(forked.getMessage().startsWith("speclint: "), forked.getMessage());
    }

    @Test
    void aJvmThatEndsWithoutAResultFailsTheCheckAndShowsWhatItSaid() {
        Lines forked = new Lines();

        JobFailure failure = assertThrows(JobFailure.class, () -> JobFork.run(job(Set.of(), output, null, ""), JAVA,
                List.of(), output.toString(), forked, forked::output));

        assertTrue(failure.getMessage().startsWith("speclint: the JVM forked for the check ended with exit code 1 "
                + "and no result"), failure.getMessage());
        assertTrue(forked.lines.stream().anyMatch(line -> line.startsWith("warn speclint: forked JVM: ")
                && line.contains(ForkedCheck.class.getName())), forked.lines.toString());
    }

    @Test
    void aJavaThatCannotStartIsAFailureNotAStackTrace() {
        Path missing = output.resolve("no-java");

        JobFailure failure = assertThrows(JobFailure.class, () -> JobFork.run(job(Set.of(), output, null, ""),
                missing, List.of(), CLASSPATH, new Lines(), line -> { }));

        assertTrue(failure.getMessage().startsWith("speclint: cannot start a JVM for the check (" + missing + "): "),
                failure.getMessage());
    }

    private static CheckJob job(Set<ReportFormat> formats, Path out, String outputRefused, String severities) {
        LintRequest request = LintRequest.of(PROJECT.resolve("docs"), PROJECT).withPruned(Set.of(out));
        return new CheckJob(request, null, PROJECT, severities, LocalDate.of(2026, 11, 27), null, null, false,
                formats, out, outputRefused, "", null, "en-US");
    }

    /** The lines of a check, level or "out" first. */
    private static final class Lines extends RecordingJobLog {

        /** Without the run's time and output folder, which differ between any two runs. */
        List<String> normalised(Path folder) {
            return lines.stream().map(line -> line.replaceAll(" in \\d+ ms$", "")
                    .replace(folder.toString(), "<output>")).toList();
        }
    }
}
