package io.github.speclint.scaffold;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.Optional;

/**
 * The only writes speclint makes into a spec tree: a new spec file, or a spec replaced whole by its fixed bytes.
 * Neither follows a symbolic link nor lands outside the spec directory; a new file never replaces one, and a
 * replacement is written beside the file and moved over it in one step, so that a reader sees the old bytes or the
 * new ones, never a mix.
 */
public final class SpecTreeWriter {

    private final Path root;

    /**
     * @param specDirectory the spec directory; every write lands inside it
     * @throws IOException when it does not exist
     */
    public SpecTreeWriter(Path specDirectory) throws IOException {
        this.root = specDirectory.toRealPath();
    }

    /**
     * Creates {@code <spec directory>/<folder>/<name>} with the bytes, and the folder when it is missing.
     *
     * @throws SpecWriteRefused when the file exists, or the folder is a link or no folder
     */
    public Path createNew(String folder, String name, byte[] bytes) throws IOException {
        Path directory = root.resolve(folder);
        if (Files.isSymbolicLink(directory)) {
            throw new SpecWriteRefused(folder + " is a symbolic link; speclint writes only into real folders of the "
                    + "spec directory");
        }
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(directory);
        } else if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new SpecWriteRefused(folder + " is a file, not a folder");
        }
        Path file = inside(directory.resolve(name));
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file)) {
            throw new SpecWriteRefused(folder + "/" + name + " exists; speclint never overwrites a spec");
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            out.write(bytes);
        } catch (FileAlreadyExistsException e) {
            throw new SpecWriteRefused(folder + "/" + name + " exists; speclint never overwrites a spec");
        }
        return file;
    }

    /**
     * Replaces a spec's bytes, provided they are still those the fix was planned on.
     *
     * @throws SpecWriteRefused when the file is a link, lies outside the spec directory or changed meanwhile
     */
    public void replace(Path file, byte[] expected, byte[] replacement) throws IOException {
        Optional<String> refused = refusal(file);
        if (refused.isPresent()) {
            throw new SpecWriteRefused(refused.get());
        }
        Path real = file.toAbsolutePath().normalize().toRealPath();
        if (!Arrays.equals(Files.readAllBytes(real), expected)) {
            throw new SpecWriteRefused("it changed since speclint read it; run the fix again");
        }
        Path temp = Files.createTempFile(real.getParent(), ".speclint-", ".tmp");
        try {
            keepPermissions(real, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                channel.write(ByteBuffer.wrap(replacement));
                channel.force(true);
            }
            Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Why {@link #replace} would refuse the file whatever its bytes, if it would: a link, no regular file, or a file
     * whose real location (a linked folder followed) is not below the spec directory.
     */
    public Optional<String> refusal(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute) || !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it is a symbolic link or no regular file; speclint writes only real files");
        }
        Path real = absolute.toRealPath();
        if (!real.getParent().startsWith(root)) {
            return Optional.of("it lies at " + real + ", outside the spec directory " + root + " (reached through a "
                    + "symbolic link); speclint writes only inside it");
        }
        return Optional.empty();
    }

    /** The path, refused when its real location is not below the spec directory. */
    private Path inside(Path path) throws IOException {
        Path parent = path.getParent().toRealPath();
        Path real = parent.resolve(path.getFileName());
        if (!parent.startsWith(root)) {
            throw new SpecWriteRefused(path + " lies outside the spec directory " + root);
        }
        return real;
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }
}
