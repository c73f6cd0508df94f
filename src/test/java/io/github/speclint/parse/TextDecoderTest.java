package io.github.speclint.parse;

import io.github.speclint.model.InputProblem;
import io.github.speclint.model.SourcePosition;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    @Test
    void removesTheBomAndCarriageReturnsSoThatEveryVariantReadsAlike() {
        String lf = "---\nid: BUS-X\n---\n# Title\n";
        byte[] bomCrlf = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] oldMac = lf.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);

        assertEquals(lf, TextDecoder.decode(bomCrlf).text());
        assertEquals(lf, TextDecoder.decode(oldMac).text());
    }

    @Test
    void reportsInvalidUtf8AtTheLineAndColumnOfTheBadByte() {
        byte[] bytes = concat("ok\nCaf".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE9, '!'});

        DecodedText decoded = TextDecoder.decode(bytes);

        assertEquals(InputProblem.Kind.ENCODING, decoded.problem().kind());
        assertEquals(SourcePosition.of(2, 4), decoded.problem().position());
        assertTrue(decoded.problem().message().contains("0xE9"), decoded.problem().message());
    }

    @Test
    void reportsANulByteAsBinary() {
        DecodedText decoded = TextDecoder.decode(new byte[] {'a', '\n', 'b', 0, 'c'});

        assertEquals(InputProblem.Kind.BINARY, decoded.problem().kind());
        assertEquals(SourcePosition.of(2, 2), decoded.problem().position());
    }

    @Test
    void reportsEmptyAndBlankFilesAsEmpty() {
        assertEquals(InputProblem.Kind.EMPTY, TextDecoder.decode(new byte[0]).problem().kind());
        assertEquals(InputProblem.Kind.EMPTY, TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8))
                .problem().kind());
        assertEquals(InputProblem.Kind.EMPTY, TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                .problem().kind());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
