package io.github.speclint.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The classpath a forked check runs on: the plugin's own class realm (speclint and its dependencies, none of Maven's
 * core), or, where speclint was not loaded by Maven (the plugin test harness), the JVM's own classpath.
 */
final class ForkClasspath {

    private ForkClasspath() {
    }

    static String of(Class<?> loaded) {
        if (loaded.getClassLoader() instanceof URLClassLoader realm) {
            List<String> entries = new ArrayList<>();
            for (URL url : realm.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    // not a file: nothing a JVM could load from
                }
            }
            if (!entries.isEmpty()) {
                return String.join(File.pathSeparator, entries);
            }
        }
        return System.getProperty("java.class.path");
    }
}
