package io.github.speclint.job;

import io.github.speclint.LintRequest;
import io.github.speclint.report.ReportFormat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code check} as a job: what to lint, how the schemas and severities were chosen, and what to show and write.
 * It holds plain values only (no schema, no parsed baseline), so that a JVM of its own can be handed it and come to
 * the same result as the build's ({@link CheckJobCodec}).
 *
 * @param templates     the folder of the project's templates as configured, or null
 * @param projectRoot   the folder whose {@code .smaqit} holds the installed templates
 * @param severities    the rule levels the team set, in their {@code rule:level,...} form
 * @param baseline      the baseline file to read, or null when the run has none
 * @param cacheIn       the output folder whose cache keeps results between runs, or null for none
 * @param outputRefused why the output folder may not be written to, or null when it may
 * @param scopeName     how the summary names the run
 * @param githubSummary the GitHub job summary file to append to, or null
 * @param formatLocale  the build's locale for formatting numbers, as a language tag
 */
public record CheckJob(LintRequest request, Path templates, Path projectRoot, String severities,
                       LocalDate today, Path baseline, Path cacheIn, boolean quiet,
                       Set<ReportFormat> formats, Path output, String outputRefused, String scopeName,
                       Path githubSummary, String formatLocale) {

    public CheckJob {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(scopeName, "scopeName");
        Objects.requireNonNull(formatLocale, "formatLocale");
        formats = Set.copyOf(formats);
    }

    /** Whether a report file (not only the log or GitHub's annotations) is asked for. */
    public boolean writesReports() {
        return formats.stream().anyMatch(format -> format.fileName().isPresent());
    }

    /** Whether only the log shows the outcome, so that an unchanged run may take the last one whole. */
    public boolean findingsOnly() {
        return !writesReports();
    }
}
