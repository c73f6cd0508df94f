package io.github.speclint.cache;

import io.github.speclint.model.Layers;

import java.util.Optional;

/**
 * One file's per-document outcome held as bytes, in the cache's encoding, while the rest of the tree is parsed. A
 * parsed spec is thousands of small objects that each young collection would copy again until all files are done;
 * as one array it costs the collector next to nothing, and the heap the JVM grows for a large tree stays small.
 */
public final class PackedFile {

    private final byte[] bytes;
    private final int offset;
    private final int length;

    PackedFile(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /** The outcome packed into the arena; empty when it holds something the encoding does not. */
    public static Optional<PackedFile> pack(CachedFile file, Layers layers, PackingArena arena) {
        try {
            return Optional.of(arena.store(new ResultCodec(layers).encode(file)));
        } catch (IllegalArgumentException | StackOverflowError notEncodable) {
            return Optional.empty();
        }
    }

    /** @throws CacheFormatException never for bytes {@link #pack} wrote with the same layers */
    public CachedFile unpack(Layers layers) {
        return new ResultCodec(layers).decode(bytes, offset, length);
    }

    byte[] bytes() {
        return bytes;
    }

    int offset() {
        return offset;
    }

    int length() {
        return length;
    }
}
