package io.github.speclint.parse;

import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Suppression;
import io.github.speclint.model.SuppressionProblem;
import io.github.speclint.model.Suppressions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The speclint comments of a body are read during its one parse, at the lines the author sees. */
class SuppressionReaderTest {

    /** The body starts on line 6 of the file, below a five-line front matter. */
    private static final int FIRST_LINE = 6;

    @Test
    void disableNextLineCoversTheLineBelowTheComment() {
        Suppressions read = read("""
                # Title

                <!-- speclint-disable-next-line section-unknown, table-columns until=2027-01-31 -- kept for audit -->
                ## Rationale
                """);

        assertEquals(List.of(
                new Suppression(Suppression.NEXT_LINE, "section-unknown", 9, 9, "kept for audit",
                        Optional.of(LocalDate.of(2027, 1, 31)), SourcePosition.of(8, 1)),
                new Suppression(Suppression.NEXT_LINE, "table-columns", 9, 9, "kept for audit",
                        Optional.of(LocalDate.of(2027, 1, 31)), SourcePosition.of(8, 1))), read.all());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void disableAndEnableCoverTheLinesBetweenAndAnOpenOneRunsToTheEnd() {
        Suppressions read = read("""
                # Title

                <!--speclint-disable section-order,section-unknown -- the audit sections-->

                ## Audit

                <!-- speclint-enable section-order -->

                ## More
                """);

        assertEquals(List.of("speclint-disable section-order 8-12", "speclint-disable section-unknown 8-"
                + Integer.MAX_VALUE), read.all().stream().map(s -> s.directive() + " " + s.ruleId() + " "
                + s.fromLine() + "-" + s.toLine()).toList());
        assertEquals("the audit sections", read.all().get(0).reason());
    }

    @Test
    void anEnableWithoutRulesClosesEveryOpenRange() {
        Suppressions read = read("""
                <!-- speclint-disable section-order -- a -->
                <!-- speclint-disable section-unknown -- b -->
                text
                <!-- speclint-enable -->
                """);

        assertEquals(List.of(9, 9), read.all().stream().map(Suppression::toLine).toList());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void disableLineCoversTheCommentsOwnLineSuchAsATableRow() {
        Suppressions read = read("""
                | Actor | Goals |
                |-------|-------|
                | Reader | [TBD] <!-- speclint-disable-line placeholder-left -- filled in after the interviews --> |
                """);

        Suppression line = read.all().get(0);
        assertEquals(List.of(Suppression.LINE, 8, 8, 8), List.of(line.directive(), line.fromLine(), line.toLine(),
                line.position().line()));
    }

    @Test
    void disableFileCoversTheWholeFileFromAnywhere() {
        Suppressions read = read("""
                # Title

                Some text.

                <!-- speclint-disable-file footer-missing -- the footer is added by the release script -->
                """);

        Suppression file = read.all().get(0);
        assertEquals(Suppression.FILE, file.directive());
        assertTrue(file.covers(1) && file.covers(1_000_000), "front matter lines included");
        assertEquals("in this file", file.where());
    }

    @Test
    void commentsInsideParagraphsListsAndOverSeveralLinesCount() {
        Suppressions read = read("""
                A paragraph <!-- speclint-disable-next-line placeholder-left -- inline -->
                next line

                - item
                  <!-- speclint-disable-next-line criterion-format -- in a list -->
                - [x] not a criterion

                <!-- speclint-disable-next-line table-columns
                     -- a reason on the comment's second line -->
                | A | B |
                """);

        assertEquals(List.of("placeholder-left 6:13 7", "criterion-format 10:3 11", "table-columns 13:1 15"),
                read.all().stream().map(s -> s.ruleId() + " " + s.position() + " " + s.fromLine()).toList());
        assertEquals("a reason on the comment's second line", read.all().get(2).reason());
    }

    @Test
    void commentsInCodeAndOtherCommentsAreNotSuppressions() {
        Suppressions read = read("""
                ```
                <!-- speclint-disable-next-line table-columns -- in a code block -->
                ```

                <!-- TODO: speclint-disable-next-line table-columns -- not at the start -->
                <!-- an ordinary comment -->
                """);

        assertEquals(Suppressions.NONE, read);
    }

    @Test
    void theReasonKeepsItsOwnDashesAndLosesControlCharacters() {
        Suppressions read = read("<!-- speclint-disable-file footer-missing -- generated -- see\u0007 the script -->\n");

        assertEquals("generated -- see the script", read.all().get(0).reason());
    }

    @Test
    void aReasonlessCommentIsReadWithAnEmptyReason() {
        Suppressions read = read("<!-- speclint-disable-next-line section-unknown -->\n## X\n");

        assertEquals("", read.all().get(0).reason());
        assertEquals(List.of(), read.problems());
    }

    @Test
    void commentsThatDoNotReadAsSuppressionsAreProblems() {
        Suppressions read = read("""
                <!-- speclint-disabel-next-line section-unknown -- typo -->
                <!-- speclint-disable-next-line -- no rule -->
                <!-- speclint-disable-next-line section-unknown until=2027-02-30 -- no such day -->
                <!-- speclint-enable table-columns -->
                <!-- speclint-disable section-order -- once -->
                <!-- speclint-disable section-order -- twice -->
                <!-- speclint-enable section-order until=2027-01-01 -->
                """);

        assertEquals(List.of(
                "6: \"speclint-disabel-next-line\" is not a speclint comment; use speclint-disable-next-line, "
                        + "speclint-disable-line, speclint-disable ... speclint-enable, or speclint-disable-file",
                "7: speclint-disable-next-line names no rule; name the rules it silences, as in <!-- "
                        + "speclint-disable-next-line table-columns -- why it is accepted -->",
                "8: speclint-disable-next-line has until=2027-02-30, which is not a date; write until=YYYY-MM-DD",
                "9: speclint-enable table-columns closes no speclint-disable of that rule above it",
                "11: speclint-disable section-order: the rule is already disabled since line 10",
                "12: speclint-enable takes no until=; put the date on the speclint-disable it closes"),
                read.problems().stream().map(p -> p.position().line() + ": " + p.message()).toList());
        assertEquals(1, read.all().size(), "the first range stays open to the end");
    }

    @Test
    void anUnclosedCommentIsReadToTheEndOfItsBlock() {
        Suppressions read = read("<!-- speclint-disable-file footer-missing -- no end\n");

        assertEquals(List.of("footer-missing"), read.all().stream().map(Suppression::ruleId).toList());
        assertEquals(List.<SuppressionProblem>of(), read.problems());
    }

    private static Suppressions read(String body) {
        return BodyReader.read(body, FIRST_LINE, java.util.Set.of(), new Placeholders()).suppressions();
    }
}
