package io.github.speclint.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The output formats users select with {@code speclint.formats}, and the file each one writes. */
public enum ReportFormat {
    CONSOLE(null),
    SARIF("speclint.sarif"),
    JSON("speclint.json"),
    JUNIT("speclint-junit.xml"),
    CHECKSTYLE("speclint-checkstyle.xml"),
    HTML("speclint.html"),
    /** GitHub Actions workflow commands on standard output, and the job summary; no file of its own. */
    GITHUB(null);

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    /** The file this format writes into the output directory, or empty for console output. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    public static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
