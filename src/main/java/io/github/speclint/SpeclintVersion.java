package io.github.speclint;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's own version, stamped into a resource at build time, for reports that name their tool. */
public final class SpeclintVersion {

    private static final String VERSION = load();

    private SpeclintVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = SpeclintVersion.class.getResourceAsStream("speclint-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        String version = properties.getProperty("version", "unknown");
        return version.startsWith("${") ? "unknown" : version;
    }
}
