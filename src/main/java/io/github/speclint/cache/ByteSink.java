package io.github.speclint.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growing byte buffer with the few primitives the cache format needs: variable-length integers, and strings
 * written once per entry and then referred to by number (paths, headings and rule ids repeat a lot).
 */
final class ByteSink {

    private byte[] bytes = new byte[1024];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();

    void writeByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    /** Unsigned LEB128 of a non-negative int; -1 and other negatives are not written with this. */
    void writeCount(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative count " + value);
        }
        writeVarLong(value);
    }

    /** Zig-zag, so that small negative numbers stay short. */
    void writeInt(int value) {
        writeVarLong(((long) value << 1) ^ (value >> 31));
    }

    void writeLong(long value) {
        writeVarLong((value << 1) ^ (value >> 63));
    }

    private void writeVarLong(long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            writeByte((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        writeByte((int) rest);
    }

    void writeBytes(byte[] value) {
        writeCount(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    /** A string or null; a string met before in this sink is written as its number. */
    void writeString(String value) {
        if (value == null) {
            writeCount(0);
            return;
        }
        Integer seen = strings.get(value);
        if (seen != null) {
            writeCount(2 + seen * 2 + 1);
            return;
        }
        strings.put(value, strings.size());
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeCount(2 + utf8.length * 2);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    /** Bytes as they are, without a length: a file's magic. */
    void writeRaw(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    /** Writes what this sink holds and empties it; numbered strings stay numbered. */
    void drainTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
