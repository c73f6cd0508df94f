package io.github.speclint.job;

import io.github.speclint.LastOutcome;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.BaselineFile;
import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.model.EscapedText;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.report.GithubReport;
import io.github.speclint.report.ReportFormat;
import io.github.speclint.report.ReportWriter;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.SchemaSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@code check} from the lint to the last line it logs: the findings, the summary, the report files and GitHub's
 * annotations. The same steps run in the build's JVM and in a forked one ({@link ForkedCheck}); the build decides
 * pass or fail on the {@link CheckOutcome}.
 */
public final class CheckRun {

    private CheckRun() {
    }

    /**
     * @param stdout where GitHub's workflow commands go: standard output, read only at the start of a line
     * @throws JobFailure when the templates, the baseline or the spec directories cannot be read, or the profile is
     *                    unknown
     */
    public static CheckOutcome run(CheckJob job, JobLog log, Consumer<String> stdout) throws JobFailure {
        boolean builtIn = SchemaSource.templatesFolder(job.request().profile(), job.templates(), job.projectRoot())
                .isEmpty();
        // a bad template stops the check before the baseline is read; the built-in schemas are read when needed
        Optional<SchemaCatalog> templates = builtIn ? Optional.empty() : Optional.of(catalog(job));
        Policy policy = policy(job);
        boolean looked = builtIn && job.findingsOnly() && job.cacheIn() != null;
        Optional<LintResult> last = looked ? lastOutcome(job, policy, log) : Optional.empty();
        // where the last run was looked for already, the linter need not walk the tree and read run.bin again
        LintResult result = last.isPresent() ? last.get() : lint(job.request(),
                templates.orElseGet(SchemaCatalog::builtIn), policy, job.cacheIn(), job.findingsOnly() && !looked,
                job.quiet(), log);
        if (!job.quiet()) {
            FindingLog findingLog = new FindingLog(log);
            // the findings that count come last, right above the summary and the failure they cause
            if (job.baseline() != null) {
                findingLog.baseline(result.triage(), job.baseline());
                findingLog.newFindings(result.findings(), job.baseline());
            } else {
                findingLog.findings(result.findings());
            }
        }
        log.info(ConsoleFormat.summary(result.statistics(), job.scopeName()));
        result.tests().ifPresent(tests -> log.info(ConsoleFormat.testSummary(tests)));
        List<Path> written = writeReports(job, result, log);
        if (job.formats().contains(ReportFormat.GITHUB)) {
            github(job, result, stdout);
        }
        return CheckOutcome.of(result.statistics(), !written.isEmpty());
    }

    /**
     * The last run's outcome, for a job held to the built-in schemas when nothing it read changed: taken before the
     * schemas are read ({@link LastOutcome}).
     */
    private static Optional<LintResult> lastOutcome(CheckJob job, Policy policy, JobLog log) {
        try {
            Optional<LastOutcome.Reused> reused = LastOutcome.of(job.request(), policy, job.cacheIn(),
                    Clock.systemUTC());
            reused.ifPresent(last -> unchanged(log, job.quiet(), last.files(), last.files(), job.cacheIn(), true));
            return reused.map(LastOutcome.Reused::result);
        } catch (IOException | RuntimeException cannotLook) {
            // only a look ahead: the lint that follows meets the same and says what it is
            return Optional.empty();
        }
    }

    /**
     * The lint of a request, with the cache in {@code cacheIn} when there is one: it says how many files it gave (at
     * debug level when {@code quiet}) and warns when it could not be kept.
     */
    public static LintResult lint(LintRequest request, SchemaCatalog catalog, Policy policy, Path cacheIn,
                                  boolean findingsOnly, boolean quiet, JobLog log) throws JobFailure {
        try {
            Linter linter = new Linter(catalog, policy);
            if (cacheIn == null) {
                return linter.lint(request);
            }
            ResultCache cache = ResultCache.open(cacheIn, linter.cacheKey(request), catalog.layers());
            LintResult result = findingsOnly ? linter.lintFindings(request, cache) : linter.lint(request, cache);
            cache.save().ifPresent(problem -> log.warn("speclint: " + problem));
            if (cache.hits() > 0) {
                unchanged(log, quiet, cache.hits(), cache.hits() + cache.misses(), cacheIn,
                        cache.crossDocumentReused());
            }
            return result;
        } catch (IllegalArgumentException e) {
            throw new JobFailure("speclint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JobFailure("speclint: cannot read the spec directories " + request.roots().stream()
                    .map(root -> root.directory().toString()).toList() + ": " + e.getMessage(), e);
        }
    }

    /** Says how many files came from the cache (at debug level when {@code quiet}). */
    private static void unchanged(JobLog log, boolean quiet, int hits, int files, Path cacheIn, boolean cross) {
        String reused = String.format("speclint: %,d of %,d files unchanged since the last run, taken from the cache "
                + "in %s%s", hits, files, cacheIn.resolve("cache"), cross ? ", cross-document findings included" : "");
        if (quiet) {
            log.debug(reused);
        } else {
            log.info(reused);
        }
    }

    private static SchemaCatalog catalog(CheckJob job) throws JobFailure {
        return catalog(job.request(), job.templates(), job.projectRoot());
    }

    /**
     * The schemas the request's profile and the templates choose.
     *
     * @param templates   the templates folder as configured, or null for the installed one
     * @param projectRoot where the installed templates are looked for
     * @throws JobFailure when the folder is not there or a template cannot be made sense of
     */
    public static SchemaCatalog catalog(LintRequest request, Path templates, Path projectRoot) throws JobFailure {
        try {
            return SchemaSource.choose(request.profile(), templates, projectRoot, request.baseDirectory());
        } catch (IllegalArgumentException e) {
            throw new JobFailure("speclint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JobFailure("speclint: cannot read the templates: " + e.getMessage(), e);
        }
    }

    /** The job's severities, baseline (read here, once) and date. */
    static Policy policy(CheckJob job) throws JobFailure {
        String source = "the resolved rule levels";
        RuleSeverities severities = RuleSeverities.of(RuleSeverities.parseList(job.severities(), source), source,
                RuleSet.all());
        return new Policy(severities, job.baseline() == null ? Optional.empty() : Optional.of(baseline(job.baseline())),
                job.today());
    }

    /** The baseline file's findings; a file that cannot be read or is not a baseline stops the check. */
    public static Baseline baseline(Path file) throws JobFailure {
        try {
            return BaselineFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new JobFailure("speclint: " + EscapedText.of(e.getMessage()), e);
        } catch (IOException e) {
            throw new JobFailure("speclint: cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the files written */
    private static List<Path> writeReports(CheckJob job, LintResult result, JobLog log) throws JobFailure {
        if (!job.writesReports()) {
            return List.of();
        }
        if (job.outputRefused() != null) {
            throw new JobFailure(job.outputRefused());
        }
        try {
            List<Path> written = ReportWriter.write(job.formats(), result, job.output());
            for (Path file : written) {
                log.info("speclint: wrote " + file);
            }
            return written;
        } catch (IOException e) {
            throw new JobFailure("speclint: cannot write reports to " + job.output() + ": " + e.getMessage(), e);
        }
    }

    private static void github(CheckJob job, LintResult result, Consumer<String> stdout) throws JobFailure {
        GithubReport.annotations(result).forEach(stdout);
        if (job.githubSummary() != null) {
            try {
                GithubReport.appendSummary(result, job.githubSummary());
            } catch (IOException e) {
                throw new JobFailure("speclint: cannot append to GITHUB_STEP_SUMMARY " + job.githubSummary() + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
