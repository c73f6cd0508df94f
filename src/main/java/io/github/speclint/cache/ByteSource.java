package io.github.speclint.cache;

import io.github.speclint.model.SharedText;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link ByteSink} wrote. Every length is checked against what is left, so that a damaged or forged cache
 * file fails with {@link CacheFormatException} instead of allocating without bound or reading garbage.
 */
final class ByteSource {

    private final byte[] bytes;
    private int position;
    private final int end;
    private final List<String> strings = new ArrayList<>();

    ByteSource(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new CacheFormatException("slice out of bounds");
        }
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    int readByte() {
        if (position >= end) {
            throw new CacheFormatException("unexpected end of entry");
        }
        return bytes[position++] & 0xFF;
    }

    boolean readBoolean() {
        int value = readByte();
        if (value > 1) {
            throw new CacheFormatException("not a boolean: " + value);
        }
        return value == 1;
    }

    int readCount() {
        long value = readVarLong();
        if (value > Integer.MAX_VALUE) {
            throw new CacheFormatException("count too large");
        }
        return (int) value;
    }

    /** A count of items that each take at least one byte: it cannot exceed what is left. */
    int readSize() {
        int count = readCount();
        if (count > end - position) {
            throw new CacheFormatException("list longer than the entry");
        }
        return count;
    }

    int readInt() {
        long zigzag = readVarLong();
        long value = (zigzag >>> 1) ^ -(zigzag & 1);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new CacheFormatException("int out of range");
        }
        return (int) value;
    }

    long readLong() {
        long zigzag = readVarLong();
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    private long readVarLong() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int next = readByte();
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new CacheFormatException("number too long");
    }

    void skip(int length) {
        if (length < 0 || length > end - position) {
            throw new CacheFormatException("skip past the end");
        }
        position += length;
    }

    byte[] readBytes() {
        int length = readSize();
        byte[] value = java.util.Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return value;
    }

    String readString() {
        int tag = readCount();
        if (tag == 0) {
            return null;
        }
        if (tag == 1) {
            throw new CacheFormatException("bad string tag");
        }
        int value = (tag - 2) / 2;
        if ((tag & 1) == 1) {
            if (value >= strings.size()) {
                throw new CacheFormatException("string reference ahead of its string");
            }
            return strings.get(value);
        }
        if (value > end - position) {
            throw new CacheFormatException("string longer than the entry");
        }
        // shared across files: an unpacked tree would otherwise hold each title and column name once per spec
        String text = SharedText.of(new String(bytes, position, value, StandardCharsets.UTF_8));
        position += value;
        strings.add(text);
        return text;
    }

    boolean atEnd() {
        return position == end;
    }

    int position() {
        return position;
    }
}
