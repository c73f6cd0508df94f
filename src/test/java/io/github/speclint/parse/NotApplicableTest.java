package io.github.speclint.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotApplicableTest {

    @ParameterizedTest
    @ValueSource(strings = {"Not applicable: no state", "not applicable for static hosting.", "N/A (batch only)",
            "None.", "No frameworks at this foundation layer.", "Not required: single process"})
    void negativeOpeningsSayTheSectionDoesNotApply(String text) {
        assertTrue(NotApplicable.isStatedBy(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nobody else signs in.", "Notes follow", "Nonetheless we store it", "The app has none"})
    void otherTextIsContent(String text) {
        assertFalse(NotApplicable.isStatedBy(text));
    }
}
