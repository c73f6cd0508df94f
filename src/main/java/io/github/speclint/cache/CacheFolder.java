package io.github.speclint.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The {@code cache} folder inside the output folder, written as a folder anyone may have prepared for us should be:
 * never through a symlink (the folder itself, or a file in it, may be one), never outside the output folder (its
 * real path is checked), and a file is replaced by writing a new file and moving it over the old name, so that a
 * symlink planted there is replaced, not followed, and a reader never sees half a file.
 */
final class CacheFolder {

    static final String NAME = "cache";
    private static final int BUFFER = 1 << 16;

    private final Path output;

    CacheFolder(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /** The file's bytes; empty when it is missing, larger than the limit, not a regular file, or a symlink. */
    Optional<byte[]> read(String name, long maxBytes) {
        Path file = output.resolve(NAME).resolve(name);
        try {
            if (!insideOutput() || !regularFile(file) || Files.size(file) > maxBytes) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8) + 1);
                return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** The file's first bytes (fewer when it is shorter), on the same terms as {@link #read}. */
    Optional<byte[]> head(String name, int bytes) {
        Path file = output.resolve(NAME).resolve(name);
        try {
            if (!insideOutput() || !regularFile(file)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(in.readNBytes(bytes));
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Whether the file is there as {@link #read} would take it: a regular file, not a symlink, inside the output. */
    boolean exists(String name) {
        try {
            return insideOutput() && regularFile(output.resolve(NAME).resolve(name));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** How a file's content is written, straight into the new file. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** @return empty when written, else why not */
    Optional<String> replace(String name, Content content) {
        Path folder = output.resolve(NAME);
        try {
            Files.createDirectories(output);
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(folder);
            }
            if (!insideOutput()) {
                return Optional.of(folder + " is a symlink or leads outside " + output + "; the cache is not written");
            }
            Path temporary = Files.createTempFile(folder, name, ".tmp");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary,
                        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS),
                        BUFFER)) {
                    content.writeTo(out);
                }
                move(temporary, folder.resolve(name));
            } finally {
                Files.deleteIfExists(temporary);
            }
            return Optional.empty();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.of("cannot write the cache in " + folder + ": " + e.getMessage());
        }
    }

    /** The cache folder is a real folder (no symlink) whose real path lies in the output folder's. */
    private boolean insideOutput() throws IOException {
        Path folder = output.resolve(NAME);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return folder.toRealPath().startsWith(output.toRealPath()) && folder.toRealPath().getParent()
                .equals(output.toRealPath());
    }

    private static boolean regularFile(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
        return attributes.isRegularFile();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
