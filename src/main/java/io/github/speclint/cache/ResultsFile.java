package io.github.speclint.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout of {@code cache/results.bin}: each file's path, hash, role and packed outcome, in path order, then the
 * cross-document findings of the run. Read back, an entry points into the file's bytes instead of copying them.
 */
final class ResultsFile {

    private static final int HASH = 32;

    private ResultsFile() {
    }

    /** An entry: the file's hash, whether it was linted or only indexed, and where its bytes are. */
    record Stored(byte[] hash, boolean linted, byte[] bytes, int offset, int length) {
    }

    /** The cross-document findings of a run, with the digest of the world beyond the specs they were found in. */
    record CrossDocument(byte[] world, byte[] findings) {
    }

    /** The entries and the cross-document findings read from a cache file. */
    record Content(Map<String, Stored> entries, CrossDocument cross) {

        static final Content NONE = new Content(Map.of(), null);
    }

    /**
     * Streams the file: each entry's small head goes through a sink of its own and its packed bytes straight from
     * where they lie, so that saving holds no copy of the whole file (tens of megabytes, which the collector would
     * have to place as humongous objects at the end of every run that changed something).
     *
     * @param cross the cross-document findings, or null for none
     */
    static void write(OutputStream file, String key, Map<String, Stored> entries, CrossDocument cross)
            throws IOException {
        CacheFrame.write(file, key, (head, body) -> {
            Map<String, Stored> sorted = new TreeMap<>(entries);
            head.writeCount(sorted.size());
            head.drainTo(body);
            for (Map.Entry<String, Stored> item : sorted.entrySet()) {
                Stored entry = item.getValue();
                head.writeBytes(item.getKey().getBytes(StandardCharsets.UTF_8));
                head.writeBytes(entry.hash());
                head.writeBoolean(entry.linted());
                head.writeCount(entry.length());
                head.drainTo(body);
                body.write(entry.bytes(), entry.offset(), entry.length());
            }
            head.writeBoolean(cross != null);
            if (cross != null) {
                head.writeBytes(cross.world());
                head.writeBytes(cross.findings());
            }
        });
    }

    /**
     * The entries of a cache file written with this key; none for another key.
     *
     * @throws CacheFormatException when the file is damaged
     */
    static Content read(byte[] content, String key) {
        ByteSource in = CacheFrame.body(content, key).orElse(null);
        if (in == null) {
            return Content.NONE;
        }
        int count = in.readSize();
        Map<String, Stored> entries = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            String path = new String(in.readBytes(), StandardCharsets.UTF_8);
            byte[] hash = in.readBytes();
            boolean linted = in.readBoolean();
            int length = in.readSize();
            int offset = in.position();
            in.skip(length);
            if (hash.length != HASH) {
                throw new CacheFormatException("hash of " + hash.length + " bytes");
            }
            entries.put(path, new Stored(hash, linted, content, offset, length));
        }
        CrossDocument cross = in.readBoolean() ? new CrossDocument(in.readBytes(), in.readBytes()) : null;
        if (!in.atEnd()) {
            throw new CacheFormatException("bytes after the last entry");
        }
        return new Content(entries, cross);
    }
}
