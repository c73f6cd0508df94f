package io.github.speclint.fix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

/**
 * Text a fix adds at a byte offset of the file. Fixes only ever insert: nothing the author wrote is removed or
 * changed, and the bytes around an insertion stay as they were.
 */
record Insert(int offset, String text) {

    /** The bytes with the insertions made; insertions at the same offset keep their order. */
    static byte[] apply(byte[] bytes, List<Insert> inserts) {
        List<Insert> sorted = inserts.stream().sorted(Comparator.comparingInt(Insert::offset)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 256);
        int from = 0;
        for (Insert insert : sorted) {
            out.write(bytes, from, insert.offset() - from);
            out.writeBytes(insert.text().getBytes(StandardCharsets.UTF_8));
            from = insert.offset();
        }
        out.write(bytes, from, bytes.length - from);
        return out.toByteArray();
    }
}
