package io.github.speclint.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * What a cache's results depend on besides the files themselves: speclint's version and build (a rebuilt snapshot
 * must not read its predecessor's results), the shape of the cached records, and the run's configuration as the
 * engine describes it (spec roots, patterns, profile, schemas, rule severities, ...). Two runs share cached results
 * only when their keys are equal.
 */
public final class CacheKey {

    private static final String BUILD = build();

    private CacheKey() {
    }

    /** @param version speclint's version; @param configuration everything of the run a file's outcome depends on */
    public static String of(String version, String configuration) {
        return "speclint " + version + "; build " + BUILD + "; records " + sha256(ResultCodec.SIGNATURE)
                + "; configuration " + sha256(configuration);
    }

    /**
     * The plugin jar's size and time, or for classes in a folder (tests, IDEs) the newest class file's: a new build
     * of the same version gets a new key.
     */
    private static String build() {
        try {
            Path code = Path.of(CacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
            }
            try (Stream<Path> files = Files.walk(code)) {
                return "classes@" + files.filter(file -> file.toString().endsWith(".class"))
                        .mapToLong(CacheKey::modified).max().orElse(0);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no build stamp: a key no later run shares, so nothing is ever read back
            return "unknown " + System.nanoTime();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).lastModifiedTime().toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
