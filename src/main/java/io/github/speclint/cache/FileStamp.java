package io.github.speclint.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: its size, when its bytes and its inode last changed, and
 * which inode on which device it is. A run keeps each file's stamp beside the hash of its bytes; the next run that
 * finds the same stamp takes that hash instead of reading the file, as git's index does. The change time
 * ({@code ctime}) is the part no user can set: any write, rename, {@code touch} or {@code cp -p} sets it to the
 * clock, so a file edited and then given its old modification time back still shows as changed.
 *
 * <p>Only a file left alone for {@link #SETTLE} before the run started gets a stamp: a file changed within one tick
 * of the file system's clock after it was read would otherwise keep its stamp and stand for bytes it no longer holds.
 * A file system that keeps no change time (anything but Unix) gives no stamps, and every file is read and hashed.
 */
public record FileStamp(long size, long modified, long changed, long inode, long device) {

    /** Longer than the coarsest file times in use (FAT keeps two seconds). */
    public static final Duration SETTLE = Duration.ofSeconds(3);

    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,ino,dev";

    /**
     * The stamp of a file, following links as reading it does; empty when the file changed at or after
     * {@code settledBefore}, cannot be looked at, or the file system keeps no change time.
     */
    public static Optional<FileStamp> of(Path file, Instant settledBefore) {
        try {
            Map<String, Object> attributes = Files.readAttributes(file, ATTRIBUTES);
            FileTime modified = (FileTime) attributes.get("lastModifiedTime");
            FileTime changed = (FileTime) attributes.get("ctime");
            if (!modified.toInstant().isBefore(settledBefore) || !changed.toInstant().isBefore(settledBefore)) {
                return Optional.empty();
            }
            return Optional.of(new FileStamp((Long) attributes.get("size"), modified.to(TimeUnit.NANOSECONDS),
                    changed.to(TimeUnit.NANOSECONDS), (Long) attributes.get("ino"), (Long) attributes.get("dev")));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                 | NullPointerException noStamp) {
            return Optional.empty();
        }
    }

    void write(ByteSink out) {
        out.writeLong(size);
        out.writeLong(modified);
        out.writeLong(changed);
        out.writeLong(inode);
        out.writeLong(device);
    }

    static FileStamp read(ByteSource in) {
        return new FileStamp(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong());
    }
}
