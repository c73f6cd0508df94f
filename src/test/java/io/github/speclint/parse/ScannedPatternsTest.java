package io.github.speclint.parse;

import io.github.speclint.model.Headings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The scans that replaced two regular expressions (which were retried at every blank of a long line) agree with
 * those expressions on the shapes specs use, and stay fast on a megabyte of blanks.
 */
class ScannedPatternsTest {

    private static final Pattern UNTESTABLE = Pattern.compile("\\s*[*_]?\\(untestable\\)[*_]?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private static final List<String> SAMPLES = List.of("", "x", "(untestable)", "a (untestable)",
            "a *(untestable)*", "a _(Untestable)_  ", "a*(untestable)", "a (untestable) b", "a (untestable)*",
            "Main Flow (Server Start)", "Main Flow (a) (b)", "Main Flow (a(b))", "Main Flow ()", "Main (Flow",
            "Acceptance Criteria (Revised):", "  Scope  ", "x\t(untestable)\t");

    @Test
    void theUntestableMarkerStartsWhereTheExpressionFoundIt() {
        for (String sample : SAMPLES) {
            Matcher matcher = UNTESTABLE.matcher(sample);
            assertEquals(matcher.find() ? matcher.start() : -1, CriterionReader.untestableMarker(sample), sample);
        }
    }

    @Test
    void aHeadingsQualifierIsWhatTheExpressionFound() {
        for (String sample : SAMPLES) {
            Matcher matcher = QUALIFIER.matcher(sample.strip());
            assertEquals(matcher.find() ? matcher.group().strip() : "", Headings.qualifier(sample), sample);
        }
    }

    @Test
    void aMegabyteOfBlanksIsScannedOnce() {
        String blanks = "a" + " ".repeat(1_000_000) + "b";
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
            assertEquals(-1, CriterionReader.untestableMarker(blanks));
            assertEquals("", Headings.qualifier(blanks));
            assertEquals(false, Headings.matches(blanks, "Scope"));
        });
    }
}
