package io.github.speclint.maven;

import io.github.speclint.LintResult;
import io.github.speclint.job.CheckJob;
import io.github.speclint.job.CheckOutcome;
import io.github.speclint.job.CheckRun;
import io.github.speclint.job.ForkOptions;
import io.github.speclint.job.JobFailure;
import io.github.speclint.job.JobFork;
import io.github.speclint.job.JobLog;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.discover.PathRoot;
import io.github.speclint.report.ReportFormat;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Lints the smaqit specs under {@code directory} and fails the build when they have gaps. Works with or without
 * a project POM.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /**
     * Skip the check.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The root of the spec tree; every Markdown file below it is considered. Default: {@code <basedir>/docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.directory")
    File directory;

    /**
     * Ant-style patterns, relative to {@code directory}, of the files to lint; at least one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.includes", defaultValue = "**/*.md")
    private List<String> includes;

    /**
     * Ant-style patterns, relative to {@code directory}, of files not to lint. Specs left out are still read for
     * what other specs need (ids, criteria, links, coverage), so links into them resolve; nothing is reported on them.
     * Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.excludes")
    private List<String> excludes;

    /**
     * Rule severities: rule id to {@code error}, {@code warning}, {@code info} or {@code off}, as in
     * {@code <rules><section-unknown>off</section-unknown></rules>}. On the command line:
     * {@code -Dspeclint.rules=section-unknown:off,table-columns:warning}. They apply over the {@code rules:} of a
     * {@code speclint.yml} at the project root; the command line wins over both. Default: none (each rule's own
     * severity).
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.failOn", defaultValue = "error")
    private String failOn;

    /**
     * How many findings at or above {@code failOn} the build tolerates before it fails.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.maxAllowedViolations", defaultValue = "0")
    private String maxAllowedViolations;

    /**
     * Report files to write, comma-separated: {@code sarif}, {@code json}, {@code junit}, {@code checkstyle},
     * {@code html}; {@code github} annotates for GitHub Actions and is added when {@code GITHUB_ACTIONS=true}.
     * Findings are always logged (see {@code quiet}); {@code console} is accepted and changes nothing. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.formats")
    private List<String> formats;

    /**
     * Log only the summary, not a line per finding.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.quiet", defaultValue = "false")
    private boolean quiet;

    /**
     * The baseline written by {@code speclint:baseline}: the findings it lists are reported as known and do not fail
     * the build. Default: {@code speclint-baseline.json} at the project root, used when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.baseline")
    private File baseline;

    /**
     * Keep each file's own findings in {@code <outputDirectory>/cache}, keyed by the file's content, speclint's build
     * and this configuration, so that an unchanged file is not parsed and checked again. The rules that look across
     * files run on every build, so a changed file is still judged against the unchanged ones and they against it.
     * The cache is never written through a symlink or outside {@code outputDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.cache", defaultValue = "true")
    private boolean cache = true;

    /**
     * Where report files are written: never inside a spec directory, unless the folder is build output or the spec
     * directory is the project itself ({@code directory=.}); discovery never enters it. Default:
     * {@code <build directory>/speclint}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.outputDirectory")
    File outputDirectory;

    /**
     * The schemas: {@code auto} (the project's installed templates when it has them, else smaqit's built-in ones with
     * each spec's footer picking the version), or a built-in profile that overrides both: {@code 0.6}, {@code 1.0}
     * or {@code 3.6}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.profile", defaultValue = "auto")
    private String profile;

    /**
     * The folder of the project's own spec templates ({@code <layer>.template.md}), which become the schema. Default:
     * {@code .smaqit/templates/specs} of the project root (the nearest folder at or above {@code directory} that holds
     * {@code .smaqit/}, else the base directory), when it exists; without templates the built-in schemas apply.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.templates")
    private File templates;

    /**
     * Files larger than this many bytes are reported instead of read; a positive number.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.maxFileSize", defaultValue = "5242880")
    private String maxFileSize;

    /**
     * The folder of smaqit design artifacts. Default: {@code docs/designs} of the project root, the nearest folder at
     * or above {@code directory} that holds {@code .smaqit/}, else the project base.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.designs")
    private File designs;

    /**
     * JUnit XML test reports, comma-separated: directories (their {@code TEST-*.xml} files are read) or report files.
     * The tests carrying each Coverage Map test case id in their name, display name or class name decide whether it
     * passed, and criteria checked [x] are held to that. {@code none} turns this off. Default: the project's
     * {@code target/surefire-reports} and {@code target/failsafe-reports}, those that exist (for {@code aggregate},
     * those of every module).
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.testReports")
    List<String> testReports;

    /**
     * Run the check in a JVM of its own: {@code auto} does so from 1,000 to 30,000 Markdown files under the spec
     * directories, where it pays, unless an earlier run of the same configuration left its cache; {@code true}
     * always, {@code false} never.
     * The forked JVM runs with the JIT and collector a short batch job wants, so a large tree is checked in about two
     * thirds of the time and the build's heap stays small.
     * The log, the reports and the verdict are the same either way.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.fork", defaultValue = "auto")
    String fork = "auto";

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The process environment; tests replace it. */
    Function<String, String> environment = System::getenv;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("speclint: skipped (speclint.skip)");
            return;
        }
        FailOn threshold = FailOn.parse(failOn);
        ForkMode forkMode = ForkMode.parse(fork);
        int budget = ParameterValues.count("maxAllowedViolations", maxAllowedViolations);
        Set<ReportFormat> selected = formats();
        Optional<LintScope> lintScope = scope();
        if (lintScope.isEmpty()) {
            return;
        }
        LintScope scope = lintScope.get();
        getLog().debug("speclint: paths are relative to " + scope.root().describe());
        BaselineLocation accepted = baselineLocation(scope);
        // read once, where the check runs
        Optional<Path> known = accepted.existing();
        LintRun.Plan plan = LintRun.plan(scope, parameters(), session, testReportLocations(scope));
        CheckJob job = job(scope, plan, known.orElse(null), selected);
        JobLog log = new MavenJobLog(getLog());
        CheckOutcome outcome;
        try {
            Optional<ForkOptions.TreeSize> tree = forkMode.tree(scope.roots(), job.cacheIn(),
                    () -> LintRun.cacheKey(plan));
            if (tree.isPresent()) {
                getLog().debug("speclint: checking in a forked JVM");
                outcome = JobFork.run(job, Path.of(System.getProperty("java.home"), "bin", "java"),
                        ForkOptions.jvmOptions(tree.get(), Runtime.getRuntime().maxMemory()),
                        ForkClasspath.of(getClass()), log, System.out::println);
            } else {
                outcome = CheckRun.run(job, log, System.out::println);
            }
        } catch (JobFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        if (threshold.fails(outcome, budget)) {
            throw new MojoFailureException(threshold.failureMessage(outcome, budget, !quiet
                    ? "each is listed above with its file and line"
                    : !outcome.reportsWritten() ? "run without speclint.quiet to list each in the log"
                    : "see the reports in " + scope.output()));
        }
        if (threshold.counted(outcome) > 0) {
            getLog().info(threshold.withinBudget(outcome, budget));
        }
    }

    /** The check as a job: plain values a forked JVM can be handed. */
    private CheckJob job(LintScope scope, LintRun.Plan plan, Path baselineFile, Set<ReportFormat> selected) {
        String outputRefused = null;
        if (selected.stream().anyMatch(format -> format.fileName().isPresent())) {
            try {
                scope.checkOutput();
            } catch (MojoExecutionException refused) {
                outputRefused = refused.getMessage();
            }
        }
        String summary = environment.apply("GITHUB_STEP_SUMMARY");
        return new CheckJob(plan.request(), plan.configuredTemplates(), plan.projectRoot(),
                plan.policy().severities().toString(), plan.policy().today(), baselineFile, cacheFolder(scope),
                quiet, selected, scope.output(),
                outputRefused, scope.name(), summary == null || summary.isBlank() ? null : Path.of(summary),
                Locale.getDefault(Locale.Category.FORMAT).toLanguageTag());
    }

    private LintParameters parameters() {
        return new LintParameters(includes, excludes, profile, templates, maxFileSize, rules, designs);
    }

    /** The lint of the scope with this goal's parameters; the baseline's findings, if any, set apart. */
    LintResult lint(LintScope scope, Optional<Baseline> accepted) throws MojoExecutionException {
        return LintRun.of(scope, parameters(), session, testReportLocations(scope), accepted, getLog());
    }

    /** Where this goal reads (or the baseline goal writes) the baseline of the scope's project. */
    BaselineLocation baselineLocation(LintScope scope) {
        return BaselineLocation.of(scope.project(), baseline);
    }

    boolean skip() {
        return skip;
    }

    /**
     * This project's spec directory, named after the module when the reactor has several; nothing, said in one line,
     * when there is no spec directory: a warning for a lone project, where it is a mistake, and an info line in a
     * reactor, where parents and modules without specs are normal.
     */
    Optional<LintScope> scope() throws MojoExecutionException {
        ProjectPaths paths = ProjectPaths.of(project, session, directory, outputDirectory);
        boolean reactor = session != null && session.getProjects() != null && session.getProjects().size() > 1;
        if (!paths.specs().toFile().isDirectory()) {
            if (reactor) {
                getLog().info("speclint: no spec directory in " + project.getArtifactId() + " (" + paths.specs()
                        + "); nothing to check");
            } else {
                getLog().warn("speclint: no spec directory at " + paths.specs() + "; nothing to check (set "
                        + "speclint.directory" + (paths.base().resolve("specs").toFile().isDirectory()
                        ? "; smaqit keeps its specs in specs/, so set it to specs" : "") + ")");
            }
            return Optional.empty();
        }
        String module = reactor ? project.getArtifactId() : "";
        return Optional.of(LintScope.of(paths, pathRoot(paths.base()), module));
    }

    /** The output folder to keep the cache in, or null: no cache, or one the output check refuses. */
    private Path cacheFolder(LintScope scope) {
        if (!cache) {
            return null;
        }
        try {
            scope.checkOutput();
            return scope.output();
        } catch (MojoExecutionException refused) {
            getLog().warn(refused.getMessage() + "; no cache is kept either");
            return null;
        }
    }

    /** The JUnit XML reports whose outcomes gate the criteria: see {@code testReports}. */
    List<Path> testReportLocations(LintScope scope) throws MojoExecutionException {
        return TestReportPaths.of(testReports, ProjectPaths.buildDirectory(project, scope.project()), scope.project());
    }

    /** The folder every path is relative to: see {@link PathRoot}. */
    PathRoot pathRoot(Path projectBase) {
        String executionRoot = session == null ? null : session.getExecutionRootDirectory();
        return PathRoot.find(executionRoot == null ? null : Path.of(executionRoot), projectBase, environment);
    }

    private Set<ReportFormat> formats() throws MojoExecutionException {
        Set<ReportFormat> selected = EnumSet.noneOf(ReportFormat.class);
        if ("true".equals(environment.apply("GITHUB_ACTIONS"))) {
            selected.add(ReportFormat.GITHUB);
        }
        for (String name : formats == null ? List.<String>of() : formats) {
            if (name.isBlank()) {
                continue;
            }
            selected.add(ReportFormat.named(name).orElseThrow(() -> new MojoExecutionException(
                    "speclint: unknown format \"" + Printable.of(name) + "\" in speclint.formats; use "
                            + ReportFormat.names())));
        }
        return selected;
    }
}
