package io.github.speclint.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A stamp stands for a file's bytes only as long as nothing was done to the file: no write, touch or swap. */
class FileStampTest {

    /** Files written by the test count as settled: the run they are stamped for starts an hour from now. */
    private static final Instant LATER = Instant.now().plus(1, ChronoUnit.HOURS);

    @TempDir
    Path temp;

    @Test
    void aFileLeftAloneKeepsItsStamp() throws IOException {
        Path file = Files.writeString(temp.resolve("a.md"), "# A\n");
        FileStamp first = stamp(file);

        assertEquals(first, stamp(file));
        assertEquals(4, first.size());
    }

    @Test
    void aFileWrittenAgainAndGivenItsOldTimeBackHasAnotherStamp() throws Exception {
        Path file = Files.writeString(temp.resolve("a.md"), "# A\n");
        FileTime modified = Files.getLastModifiedTime(file);
        FileStamp before = stamp(file);
        // the change time has the kernel's coarse clock: let it tick
        Thread.sleep(50);

        Files.writeString(file, "# B\n");
        Files.setLastModifiedTime(file, modified);

        FileStamp after = stamp(file);
        assertEquals(before.size(), after.size());
        assertEquals(before.modified(), after.modified());
        assertNotEquals(before, after, "the change time tells");
    }

    @Test
    void aFileSwappedForAnotherOfTheSameSizeAndTimeHasAnotherStamp() throws Exception {
        Path file = Files.writeString(temp.resolve("a.md"), "# A\n");
        FileStamp before = stamp(file);
        Path other = Files.writeString(temp.resolve("b.md"), "# B\n");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));

        Files.move(other, file, StandardCopyOption.REPLACE_EXISTING);

        assertNotEquals(before, stamp(file));
    }

    @Test
    void aFileChangedAtOrAfterTheRunStartsHasNoStamp() throws IOException {
        Path file = Files.writeString(temp.resolve("a.md"), "# A\n");
        Instant changed = Files.getLastModifiedTime(file).toInstant();

        assertEquals(Optional.empty(), FileStamp.of(file, changed));
        assertEquals(Optional.empty(), FileStamp.of(file, changed.minusSeconds(1)));
        assertTrue(FileStamp.of(file, LATER).isPresent());
    }

    @Test
    void aMissingFileHasNoStamp() {
        assertEquals(Optional.empty(), FileStamp.of(temp.resolve("gone.md"), LATER));
    }

    @Test
    void aStampIsWrittenAndReadBack() throws IOException {
        FileStamp stamp = stamp(Files.writeString(temp.resolve("a.md"), "# A\n"));
        ByteSink out = new ByteSink();
        stamp.write(out);
        byte[] bytes = out.toByteArray();

        ByteSource in = new ByteSource(bytes, 0, bytes.length);
        assertEquals(stamp, FileStamp.read(in));
        assertTrue(in.atEnd());
    }

    private static FileStamp stamp(Path file) {
        Optional<FileStamp> stamp = FileStamp.of(file, LATER);
        assumeTrue(stamp.isPresent(), "the file system keeps change times (Unix)");
        return stamp.get();
    }
}
