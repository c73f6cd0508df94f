package io.github.speclint.report;

import io.github.speclint.LintStatistics;
import io.github.speclint.graph.GraphStatistics;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleFormatTest {

    @Test
    void aFindingIsOneLineAnIdeCanJumpFrom() {
        Finding finding = new Finding("table-columns", Severity.ERROR, "docs/infrastructure/auth.md",
                SourcePosition.of(57, 3), "table \"Resources\" under \"Compute Resources\" has columns [Service]",
                "Compute Resources > Resources");

        assertEquals("docs/infrastructure/auth.md:57:3: error: table \"Resources\" under \"Compute Resources\" has "
                + "columns [Service] [table-columns]", ConsoleFormat.line(finding));
    }

    @Test
    void inAMultiModuleRunTheLineStartsWithTheModule() {
        Finding finding = new Finding("reference-broken-link", Severity.ERROR, "loans/docs/stack/web.md",
                SourcePosition.of(13, 3), "link leads nowhere", "x", "loans");

        assertEquals("[loans] loans/docs/stack/web.md:13:3: error: link leads nowhere [reference-broken-link]",
                ConsoleFormat.line(finding));
    }

    @Test
    void theSummaryNamesTheModuleWhenThereAreSeveral() {
        LintStatistics statistics = new LintStatistics(Map.of(Layer.STACK, 1), 0, 1, 1,
                new GraphStatistics(2, 0, 0, 0, OptionalDouble.empty()), 0, 0, 0, 5, 1);

        assertEquals("speclint [loans]: 1 spec (1 STK), 2 links, 0 criteria (0 done, 0 "
                + "failed), 0 errors, 0 warnings in 5 ms", ConsoleFormat.summary(statistics, "loans"));
        assertEquals(ConsoleFormat.summary(statistics), ConsoleFormat.summary(statistics, ""));
    }

    @Test
    void theSummaryCountsSpecsPerLayerTheGraphAndFindings() {
        LintStatistics statistics = new LintStatistics(Map.of(Layer.BUSINESS, 4, Layer.FUNCTIONAL, 5, Layer.STACK, 3,
                Layer.INFRASTRUCTURE, 3, Layer.COVERAGE, 3), 0, 18, 18,
                new GraphStatistics(40, 90, 30, 2, OptionalDouble.of(95.6)), 2, 7, 0, 312, 20);

        assertEquals("speclint: 18 specs (4 BUS, 5 FUN, 3 STK, 3 INF, 3 COV), 40 links, 90 criteria (30 done, 2 "
                + "failed), 96% mapped to tests, 2 errors, 7 warnings in 312 ms", ConsoleFormat.summary(statistics));
    }

    @Test
    void theSummaryMentionsSkippedFilesAndSingulars() {
        LintStatistics statistics = new LintStatistics(Map.of(Layer.BUSINESS, 1, Layer.FUNCTIONAL, 0,
                Layer.STACK, 0, Layer.INFRASTRUCTURE, 0, Layer.COVERAGE, 0), 2, 3, 1,
                new GraphStatistics(1, 1, 0, 0, OptionalDouble.empty()), 1, 1, 0, 5, 1);

        assertEquals("speclint: 1 spec (1 BUS, 0 FUN, 0 STK, 0 INF, 0 COV), 2 other Markdown files skipped, 1 link, "
                + "1 criterion (0 done, 0 failed), 1 error, 1 warning in 5 ms", ConsoleFormat.summary(statistics));
    }

    @Test
    void groupsByFileAndCountsPerRule() {
        Finding error = new Finding("table-columns", Severity.ERROR, "a.md", SourcePosition.of(3, 1), "m", "s");
        Finding warning = new Finding("section-order", Severity.WARNING, "a.md", SourcePosition.of(9, 1), "m", "s");
        Finding other = new Finding("section-order", Severity.WARNING, "b.md", SourcePosition.of(1, 1), "m", "s");

        assertEquals("a.md: 1 error, 1 warning", ConsoleFormat.fileHeader("a.md", java.util.List.of(error, warning)));
        assertEquals("speclint: findings by rule: section-order 2, table-columns 1",
                ConsoleFormat.ruleCounts(java.util.List.of(error, warning, other)));
    }
}
