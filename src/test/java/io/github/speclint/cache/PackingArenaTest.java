package io.github.speclint.cache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small packed outcomes share a few large arrays and come back byte for byte; a large one keeps its own array. */
class PackingArenaTest {

    @Test
    void smallOutcomesShareLargeArraysAndKeepTheirBytes() {
        PackingArena arena = new PackingArena();
        List<byte[]> written = new ArrayList<>();
        List<PackedFile> packed = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[1 + i % 700];
            Arrays.fill(bytes, (byte) i);
            written.add(bytes);
            packed.add(arena.store(bytes));
        }

        assertSame(packed.get(0).bytes(), packed.get(1_000).bytes(), "one array holds many outcomes");
        assertTrue(packed.get(0).bytes().length >= 1 << 19, "an array at least half a region of the smallest size");
        for (int i = 0; i < written.size(); i++) {
            PackedFile file = packed.get(i);
            assertArrayEquals(written.get(i),
                    Arrays.copyOfRange(file.bytes(), file.offset(), file.offset() + file.length()), "outcome " + i);
        }
    }

    @Test
    void aLargeOutcomeKeepsItsOwnArray() {
        byte[] large = new byte[8 << 20];
        PackedFile file = new PackingArena().store(large);

        assertSame(large, file.bytes());
        assertEquals(0, file.offset());
        assertEquals(large.length, file.length());
    }
}
