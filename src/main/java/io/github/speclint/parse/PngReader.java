package io.github.speclint.parse;

import io.github.speclint.model.DesignImage;
import io.github.speclint.model.DesignImage.State;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Reads a design's PNG the cheap way: its size from the IHDR header (the first 24 bytes) and its SHA-256 by
 * streaming the bytes through the digest, never decoding or holding the image. Symbolic links are not followed, and
 * a file that is not a regular file (a FIFO, a device) is not opened.
 */
final class PngReader {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int HEADER_BYTES = 24;
    private static final int IHDR_LENGTH = 13;

    private PngReader() {
    }

    /**
     * @param maxBytes images above this size have their header read but are not hashed
     */
    static DesignImage read(Path file, String displayPath, long maxBytes) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException missing) {
            return DesignImage.failed(displayPath, State.MISSING, "does not exist");
        } catch (IOException e) {
            return DesignImage.failed(displayPath, State.UNREADABLE, "cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
        if (attributes.isSymbolicLink()) {
            return DesignImage.failed(displayPath, State.SYMLINK, "is a symbolic link");
        }
        if (!attributes.isRegularFile()) {
            return DesignImage.failed(displayPath, State.NOT_REGULAR, "is not a regular file");
        }
        boolean hash = attributes.size() <= maxBytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] header = in.readNBytes(HEADER_BYTES);
            String notPng = notPng(header);
            if (notPng != null) {
                return DesignImage.failed(displayPath, State.NOT_PNG, notPng);
            }
            long width = unsigned(header, 16);
            long height = unsigned(header, 20);
            if (!hash) {
                return new DesignImage(displayPath, State.TOO_LARGE, width, height, Optional.empty(), String.format(
                        "is %,d bytes, over the %,d bytes speclint hashes", attributes.size(), maxBytes));
            }
            MessageDigest digest = Sha256.digest();
            digest.update(header);
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return new DesignImage(displayPath, State.OK, width, height, Optional.of(Sha256.hex(digest)), "");
        } catch (IOException e) {
            return DesignImage.failed(displayPath, State.UNREADABLE, "cannot be read (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    private static String notPng(byte[] header) {
        if (header.length < SIGNATURE.length) {
            return "is not a PNG (" + header.length + " bytes, shorter than the PNG signature)";
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (header[i] != SIGNATURE[i]) {
                return "is not a PNG (it does not start with the PNG signature)";
            }
        }
        if (header.length < HEADER_BYTES || unsigned(header, 8) != IHDR_LENGTH || header[12] != 'I'
                || header[13] != 'H' || header[14] != 'D' || header[15] != 'R') {
            return "is not a valid PNG (its first chunk is not a 13-byte IHDR header)";
        }
        return null;
    }

    private static long unsigned(byte[] bytes, int at) {
        return ((bytes[at] & 0xFFL) << 24) | ((bytes[at + 1] & 0xFFL) << 16) | ((bytes[at + 2] & 0xFFL) << 8)
                | (bytes[at + 3] & 0xFFL);
    }
}
