package io.github.speclint.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class XmlCharsTest {

    @Test
    void charactersXmlCannotHoldBecomeTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFD", XmlChars.valid("a\u0000b\u001B\uD800c\uFFFE\uDC00"));
    }

    @Test
    void whitespacePairsAndOrdinaryTextStay() {
        String text = "tab\tline\nreturn\r \uD83D\uDE00 <&> \u0085";
        assertSame(text, XmlChars.valid(text));
    }
}
