package io.github.speclint.cache;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * Where a run's packed outcomes lie until every file is parsed: copied into a few large arrays, each at least half a
 * G1 region, which G1 allocates straight in the old generation ("humongous") and never copies in a young collection.
 * Ten thousand small arrays would each be copied from survivor space to survivor space while the tree is parsed.
 */
public final class PackingArena {

    private static final int CHUNK = chunkSize();

    private byte[] chunk = new byte[0];
    private int used;

    /** A copy of the bytes in the arena. */
    synchronized PackedFile store(byte[] bytes) {
        if (bytes.length > CHUNK / 4) {
            return new PackedFile(bytes, 0, bytes.length);
        }
        if (bytes.length > chunk.length - used) {
            chunk = new byte[CHUNK];
            used = 0;
        }
        System.arraycopy(bytes, 0, chunk, used, bytes.length);
        PackedFile packed = new PackedFile(chunk, used, bytes.length);
        used += bytes.length;
        return packed;
    }

    /** One G1 region less a little for the array's header: humongous, and in one region, not two. */
    private static int chunkSize() {
        long region = 4L << 20;
        try {
            region = Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("G1HeapRegionSize").getValue());
        } catch (RuntimeException | LinkageError notHotSpotOrNotG1) {
            // another JVM or collector: large arrays still mean few objects to copy
        }
        return (int) Math.max(1L << 20, Math.min(region, 32L << 20)) - 64;
    }
}
