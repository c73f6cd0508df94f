package io.github.speclint.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class EscapedTextTest {

    @Test
    void lineBreaksAndControlsAreShownAsEscapes() {
        assertEquals("a\\nb\\r\\u0000\\u001B[31m\\u007F\\u0085", EscapedText.of("a\nb\r\u0000\u001B[31m\u007F\u0085"));
    }

    @Test
    void separatorsBidiControlsAndLoneSurrogatesAreEscaped() {
        assertEquals("\\u2028\\u2029\\u202Eabc\\u2066\\uD800x\\uDC00",
                EscapedText.of("\u2028\u2029\u202Eabc\u2066\uD800x\uDC00"));
        assertEquals("end\\uD83D", EscapedText.of("end\uD83D"), "a high surrogate at the end has no pair");
    }

    @Test
    void printableTextTabsAndPairsStayAsTheyAre() {
        String text = "Überblick\tcafé 日本 \uD83D\uDE00 <!-- | -->";
        assertSame(text, EscapedText.of(text));
    }

    @Test
    void escapingTwiceChangesNothingMore() {
        String once = EscapedText.of("x\ny\u0007\uDFFF");
        assertEquals(once, EscapedText.of(once));
    }
}
