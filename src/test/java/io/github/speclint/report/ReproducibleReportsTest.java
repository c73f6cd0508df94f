package io.github.speclint.report;

import io.github.speclint.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two runs over the same tree write the same bytes in every format, once the engine's run time is taken out (JSON
 * {@code engineMillis}, JUnit {@code time}): reports can be committed, diffed and cached. The multi-module ITs compare
 * a serial reactor with a {@code -T 4} one the same way.
 */
class ReproducibleReportsTest {

    @TempDir
    Path dir;

    @Test
    void twoRunsWriteTheSameBytesInEveryFormat() throws Exception {
        for (Path tree : List.of(Reports.CLEAN, Reports.GAPS, Reports.EXAMPLES, Reports.DESIGNS)) {
            List<Path> first = write(Reports.lint(tree), dir.resolve("first"));
            List<Path> second = write(Reports.lint(tree), dir.resolve("second"));
            assertEquals(5, first.size());
            for (int i = 0; i < first.size(); i++) {
                assertEquals(timeless(first.get(i)), timeless(second.get(i)), tree + ": " + first.get(i).getFileName());
            }
        }
    }

    private static List<Path> write(LintResult result, Path folder) throws Exception {
        return ReportWriter.write(EnumSet.allOf(ReportFormat.class), result, folder);
    }

    private static String timeless(Path file) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                .replaceAll("\"engineMillis\" : \\d+", "\"engineMillis\" : 0")
                .replaceAll(" time=\"[0-9.]+\"", " time=\"0\"");
    }
}
