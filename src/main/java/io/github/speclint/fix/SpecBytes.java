package io.github.speclint.fix;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A spec file's bytes with its lines located, counted as the parser counts them (after a BOM; CRLF, LF and a lone
 * CR each end a line). Fixes are placed by byte offset, so that every byte they do not insert stays as it was.
 */
final class SpecBytes {

    private final byte[] bytes;
    private final int[] starts;
    private final int[] ends;
    private final String lineEnding;

    SpecBytes(byte[] bytes) {
        this.bytes = bytes;
        int begin = hasBom(bytes) ? 3 : 0;
        int[] lineStarts = new int[16];
        int[] lineEnds = new int[16];
        int count = 0;
        String ending = null;
        int start = begin;
        for (int i = begin; i < bytes.length; i++) {
            if (bytes[i] != '\n' && bytes[i] != '\r') {
                continue;
            }
            int width = bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n' ? 2 : 1;
            if (ending == null) {
                ending = width == 2 ? "\r\n" : bytes[i] == '\r' ? "\r" : "\n";
            }
            if (count == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, count * 2);
                lineEnds = Arrays.copyOf(lineEnds, count * 2);
            }
            lineStarts[count] = start;
            lineEnds[count++] = i;
            i += width - 1;
            start = i + 1;
        }
        if (start < bytes.length || count == 0) {
            if (count == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, count + 1);
                lineEnds = Arrays.copyOf(lineEnds, count + 1);
            }
            lineStarts[count] = start;
            lineEnds[count++] = bytes.length;
        }
        this.starts = Arrays.copyOf(lineStarts, count);
        this.ends = Arrays.copyOf(lineEnds, count);
        this.lineEnding = ending == null ? "\n" : ending;
    }

    byte[] bytes() {
        return bytes;
    }

    int lineCount() {
        return starts.length;
    }

    /** The byte offset where the 1-based line starts. */
    int start(int line) {
        return starts[line - 1];
    }

    /** The 1-based line's text, without its line ending. */
    String line(int line) {
        return new String(bytes, starts[line - 1], ends[line - 1] - starts[line - 1], StandardCharsets.UTF_8);
    }

    /** The byte offset of a character offset within the 1-based line. */
    int offset(int line, int column) {
        return starts[line - 1] + line(line).substring(0, column).getBytes(StandardCharsets.UTF_8).length;
    }

    boolean blank(int line) {
        return line(line).isBlank();
    }

    /** The file's own line ending: that of its first line (CRLF stays CRLF), LF when it has a single line. */
    String lineEnding() {
        return lineEnding;
    }

    boolean endsWithLineEnding() {
        return bytes.length > 0 && (bytes[bytes.length - 1] == '\n' || bytes[bytes.length - 1] == '\r');
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
    }
}
