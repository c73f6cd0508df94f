package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ThreadLocalRandom;

/** Writes the file formats a run asked for into the output directory; console output is the caller's to log. */
public final class ReportWriter {

    /** The file formats by the time their writers take on a large tree (the 10,000-spec benchmark), longest first. */
    private static final List<ReportFormat> LONGEST_FIRST = List.of(ReportFormat.JUNIT, ReportFormat.HTML,
            ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.CHECKSTYLE);

    private ReportWriter() {
    }

    private static Report report(ReportFormat format, List<RuleInfo> rulesRun) {
        return switch (format) {
            case SARIF -> new SarifReport();
            case JSON -> new JsonReport();
            case JUNIT -> new JunitReport(rulesRun.stream()
                    .filter(rule -> !rule.equals(RuleSet.testReportRule().info())).toList(),
                    RuleSet.rulesForUnreadableFiles().stream().filter(rulesRun::contains).toList());
            case CHECKSTYLE -> new CheckstyleReport();
            case HTML -> new HtmlReport();
            case CONSOLE, GITHUB -> throw new IllegalArgumentException(format + " writes no file");
        };
    }

    /**
     * Writes a new file beside the target and renames it over the target. The new file is created exclusively (it
     * cannot be a link someone planted), and a rename replaces a symlink standing at the target instead of writing
     * through it; readers never see half a report.
     */
    static void writeSafely(Report report, LintResult result, Path file) throws IOException {
        // created exclusively, with the permissions any new file gets (a temporary file's would be owner-only)
        Path temporary = Files.createFile(file.resolveSibling("." + file.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"));
        try {
            report.write(result, temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes the formats side by side (each writer has its own file and reads the result only), so that a run asking
     * for every format waits for about half their sum. The writers take the formats longest first
     * ({@link #LONGEST_FIRST}): a split in format order left the JUnit and HTML files, the two longest, to one thread.
     *
     * @return the files written, in format order
     */
    public static List<Path> write(Set<ReportFormat> formats, LintResult result, Path outputDirectory)
            throws IOException {
        List<ReportFormat> wanted = Arrays.stream(ReportFormat.values())
                .filter(format -> formats.contains(format) && format.fileName().isPresent()).toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Files.createDirectories(outputDirectory);
        List<RuleInfo> rules = result.rulesRun().rules();
        Queue<ReportFormat> queue = new ConcurrentLinkedQueue<>(LONGEST_FIRST.stream().filter(wanted::contains)
                .toList());
        Runnable writer = () -> {
            for (ReportFormat format = queue.poll(); format != null; format = queue.poll()) {
                try {
                    writeSafely(report(format, rules), result, outputDirectory.resolve(format.fileName().get()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        try {
            ForkJoinTask<?> helper = wanted.size() > 1 ? ForkJoinPool.commonPool().submit(writer) : null;
            try {
                writer.run();
            } finally {
                if (helper != null) {
                    helper.join();
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return wanted.stream().map(format -> outputDirectory.resolve(format.fileName().get())).toList();
    }
}
