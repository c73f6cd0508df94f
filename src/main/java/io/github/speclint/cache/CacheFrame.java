package io.github.speclint.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The frame of every cache file: a magic, the format and the key, then the body, then a CRC32C of all of it. The
 * checksum catches a truncated or damaged file; it cannot stop a forged one, whose maker could work it out as well,
 * and need not: the decoders take any bytes without harm.
 */
final class CacheFrame {

    private static final byte[] MAGIC = "speclint results".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 4;
    private static final int CHECKSUM = Long.BYTES;

    private CacheFrame() {
    }

    /** What a cache file holds after its key; small parts go through the sink, large ones straight to the body. */
    interface Body {
        void writeTo(ByteSink head, OutputStream body) throws IOException;
    }

    static void write(OutputStream file, String key, Body content) throws IOException {
        CRC32C crc = new CRC32C();
        CheckedOutputStream body = new CheckedOutputStream(file, crc);
        ByteSink head = new ByteSink();
        head.writeRaw(MAGIC);
        head.writeCount(FORMAT);
        head.writeBytes(key.getBytes(StandardCharsets.UTF_8));
        content.writeTo(head, body);
        head.drainTo(body);
        file.write(ByteBuffer.allocate(CHECKSUM).putLong(crc.getValue()).array());
    }

    /**
     * The body of a cache file written in this format with this key; empty for another format or key.
     *
     * @throws CacheFormatException when the file is too short, damaged or no speclint cache
     */
    static Optional<ByteSource> body(byte[] content, String key) {
        if (content.length < MAGIC.length + CHECKSUM) {
            throw new CacheFormatException("too short");
        }
        int bodyLength = content.length - CHECKSUM;
        if (ByteBuffer.wrap(content, bodyLength, CHECKSUM).getLong() != checksum(content, bodyLength)) {
            throw new CacheFormatException("checksum differs");
        }
        if (!Arrays.equals(MAGIC, Arrays.copyOf(content, MAGIC.length))) {
            throw new CacheFormatException("not a speclint cache");
        }
        ByteSource in = new ByteSource(content, MAGIC.length, bodyLength - MAGIC.length);
        if (in.readCount() != FORMAT || !new String(in.readBytes(), StandardCharsets.UTF_8).equals(key)) {
            return Optional.empty();
        }
        return Optional.of(in);
    }

    /** How many bytes of a file hold its frame's head with this key: the magic, the format and the key. */
    static int headLength(String key) {
        return MAGIC.length + 2 * Integer.BYTES + key.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Whether a file that begins with these bytes is framed in this format with this key; its body is not looked at,
     * so this says only which run wrote it, not that it is whole.
     */
    static boolean keyed(byte[] head, String key) {
        if (head.length < MAGIC.length || !Arrays.equals(MAGIC, Arrays.copyOf(head, MAGIC.length))) {
            return false;
        }
        try {
            ByteSource in = new ByteSource(head, MAGIC.length, head.length - MAGIC.length);
            return in.readCount() == FORMAT && new String(in.readBytes(), StandardCharsets.UTF_8).equals(key);
        } catch (CacheFormatException | IndexOutOfBoundsException cut) {
            return false;
        }
    }

    private static long checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
