package io.github.speclint.parse;

import io.github.speclint.model.InputProblem;
import io.github.speclint.model.SourcePosition;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into the text the rest of the parser sees. A UTF-8 BOM and CR line endings are removed here,
 * once, so that a BOM or CRLF file lints exactly like its plain LF twin.
 */
final class TextDecoder {

    private static final char REPLACEMENT = '\uFFFD';

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) {
        int start = hasBom(bytes) ? 3 : 0;
        int nul = indexOfNul(bytes, start);
        if (nul >= 0) {
            return DecodedText.failed(new InputProblem(InputProblem.Kind.BINARY,
                    "file is binary (it holds a NUL byte), not a Markdown spec", positionOf(bytes, start, nul)));
        }
        String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (fast.indexOf(REPLACEMENT) < 0) {
            // valid UTF-8 (a malformed byte would have become U+FFFD): the strict decoder below would give the same
            return checked(normalizeLineEndings(fast));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            return DecodedText.failed(new InputProblem(InputProblem.Kind.ENCODING,
                    String.format("file is not valid UTF-8: byte 0x%02X cannot start or continue a character; "
                            + "save the spec as UTF-8", bytes[bad] & 0xFF), positionOf(bytes, start, bad)));
        }
        decoder.flush(out);
        return checked(normalizeLineEndings(out.flip().toString()));
    }

    private static DecodedText checked(String text) {
        if (text.isBlank()) {
            return DecodedText.failed(new InputProblem(InputProblem.Kind.EMPTY,
                    "file is empty; a spec starts with front matter (---, id, status, created, ---) and a title",
                    SourcePosition.START));
        }
        return DecodedText.of(text);
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int indexOfNul(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    static String normalizeLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line and column of a byte offset; the column counts characters, assuming the line's earlier bytes are UTF-8. */
    private static SourcePosition positionOf(byte[] bytes, int start, int offset) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80 && bytes[i] != '\r') {
                column++;
            }
        }
        return SourcePosition.of(line, column);
    }
}
