package io.github.speclint.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps the {@code testReports} parameter to the report locations the engine reads. */
final class TestReportPaths {

    static final String NONE = "none";
    private static final List<String> DEFAULTS = List.of("surefire-reports", "failsafe-reports");

    private TestReportPaths() {
    }

    /**
     * @param configured the parameter's values; empty for the defaults, {@code none} for no reports
     * @param build      the project's build directory, where Surefire and Failsafe write
     * @param base       relative locations are taken from here
     */
    static List<Path> of(List<String> configured, Path build, Path base) throws MojoExecutionException {
        List<String> values = configured == null ? List.of()
                : configured.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
        if (values.isEmpty()) {
            return DEFAULTS.stream().map(build::resolve).filter(Files::isDirectory).toList();
        }
        if (values.stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).equals(NONE))) {
            return List.of();
        }
        List<Path> locations = new ArrayList<>();
        for (String value : values) {
            try {
                locations.add(base.resolve(value).normalize());
            } catch (InvalidPathException e) {
                throw new MojoExecutionException("speclint: speclint.testReports names \"" + value
                        + "\", which is no path; name report directories or files, or none");
            }
        }
        return locations;
    }
}
