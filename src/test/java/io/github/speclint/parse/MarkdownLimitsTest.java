package io.github.speclint.parse;

import io.github.speclint.model.InputProblem;
import io.github.speclint.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownLimitsTest {

    @Test
    void aBodyAtEveryLimitIsParsed() {
        assertEquals(Optional.empty(), MarkdownLimits.check("a\n".repeat(MarkdownLimits.MAX_LINES - 1) + "a", 1));
        assertEquals(Optional.empty(), MarkdownLimits.check("x [".repeat(MarkdownLimits.MAX_MARKUP), 1));
        assertEquals(Optional.empty(), MarkdownLimits.check(table(1000, 499), 1), "1000 wide, 500 lines");
    }

    @Test
    void theLineOverTheLimitIsReportedInFileLines() {
        InputProblem problem = MarkdownLimits.check("a\n".repeat(MarkdownLimits.MAX_LINES + 5), 7).orElseThrow();

        assertEquals(InputProblem.Kind.TOO_LARGE, problem.kind());
        assertEquals(SourcePosition.of(7 + MarkdownLimits.MAX_LINES, 1), problem.position());
        assertEquals("the Markdown holds over 50,000 lines, more than speclint checks in one spec; split the file",
                problem.message());
    }

    @Test
    void theMarkupCharacterOverTheLimitIsReportedWhereItStands() {
        String body = "# T\n\n" + "ab<".repeat(MarkdownLimits.MAX_MARKUP) + "<";

        InputProblem problem = MarkdownLimits.check(body, 5).orElseThrow();

        assertEquals(SourcePosition.of(7, 3 * MarkdownLimits.MAX_MARKUP + 1), problem.position());
    }

    @Test
    void tableCellsCountRowsAtTheWidthOfTheWidestLineOfTheirBlock() {
        InputProblem problem = MarkdownLimits.check("\n" + table(1000, 501), 1).orElseThrow();

        assertEquals("the Markdown holds over 500,000 table cells (each row counts as wide as its table's header), "
                + "more than speclint checks in one spec; split the file", problem.message());
        assertEquals(SourcePosition.of(1 + 501, 1), problem.position(), "the 501st line of the table");
        assertEquals(Optional.empty(), MarkdownLimits.check(table(1000, 249) + "\n\n" + table(1000, 249), 1),
                "two tables of 250,000 cells each");
    }

    /** A header of the given width, its delimiter, and rows of one cell (padded by GFM to the header's width). */
    private static String table(int width, int lines) {
        return "a|".repeat(width - 1) + "a\n" + "-|".repeat(width - 1) + "-\n" + "x|\n".repeat(lines - 2);
    }
}
