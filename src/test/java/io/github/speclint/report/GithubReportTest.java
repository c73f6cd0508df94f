package io.github.speclint.report;

import io.github.speclint.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GithubReportTest {

    @TempDir
    Path dir;

    @Test
    void oneWorkflowCommandPerFindingWithFileLineColumnAndRule() {
        LintResult result = Reports.lint(Reports.EXAMPLES);

        List<String> lines = GithubReport.annotations(result);

        assertEquals(result.findings().size(), lines.size());
        assertTrue(lines.contains("::error file=docs/business/uc1-book-plot.md,line=64,col=7,title=criterion-id::"
                + "criterion id \"BUS-PLOT-BOOKING-03\" should be BUS-PLOT-BOOKING-NNN with a three-digit number"),
                lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("::warning file=docs/stack/garden-web-stack.md,"
                + "line=58,col=1,title=section-unknown::")), lines.toString());
    }

    @Test
    void escapesWhatWorkflowCommandsReserve() {
        assertEquals("50%25 done%0Anext", GithubReport.data("50% done\nnext"));
        assertEquals("a%3Ab%2Cc", GithubReport.property("a:b,c"));
    }

    @Test
    void appendsAMarkdownSummaryToTheStepSummaryFile() throws Exception {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");

        GithubReport.appendSummary(Reports.lint(Reports.EXAMPLES), summary);

        String markdown = Files.readString(summary);
        assertTrue(markdown.startsWith("earlier step\n## speclint\n"), markdown);
        assertTrue(markdown.contains("| `criterion-id` | 1 |"), markdown);
        assertTrue(markdown.contains("| `docs/business/uc1-book-plot.md` | 64 | error |"), markdown);
    }
}
