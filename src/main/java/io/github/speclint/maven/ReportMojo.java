package io.github.speclint.maven;

import io.github.speclint.LintResult;
import io.github.speclint.discover.PathRoot;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.report.ReportFormat;
import io.github.speclint.report.ReportTable;
import io.github.speclint.report.ReportTables;
import io.github.speclint.report.ReportWriter;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The speclint page of a Maven site ({@code mvn site}): the totals, the specs, the findings and the traceability
 * matrix of the spec tree, the same content as the HTML report, linted with the same rules and severities as
 * {@code check}. It reports; it never fails the build.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMojo implements MavenReport {

    /**
     * Leave the speclint page out of the site.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The root of the spec tree. Default: {@code <basedir>/docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.directory")
    private File directory;

    /**
     * Ant-style patterns, relative to {@code directory}, of the files to lint; at least one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.includes", defaultValue = "**/*.md")
    private List<String> includes;

    /**
     * Ant-style patterns, relative to {@code directory}, of files not to lint (still read for links into them).
     * Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.excludes")
    private List<String> excludes;

    /**
     * Rule severities, as for {@code check}: rule id to {@code error}, {@code warning}, {@code info} or {@code off};
     * over the {@code rules:} of {@code speclint.yml}, under {@code -Dspeclint.rules}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> rules;

    /**
     * The schemas: {@code auto} (the project's templates, else the footer decides), {@code 0.6}, {@code 1.0},
     * {@code 3.6}.
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
     * The baseline, as for {@code check}: the findings it lists are shown as known. Default:
     * {@code speclint-baseline.json} at the project root, used when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.baseline")
    private File baseline;

    /**
     * Where {@code mvn speclint:report}, run on its own, writes {@code speclint.html}; {@code mvn site} uses its own.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/reports", required = true)
    private File outputDirectory;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The folder {@code mvn site} renders its pages into; it tells the report where through the setter. */
    private File reportOutputDirectory;

    @Override
    public String getOutputName() {
        return "speclint";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "speclint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Gaps and traceability of the smaqit specs";
    }

    @Override
    public void setReportOutputDirectory(File folder) {
        reportOutputDirectory = folder;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && paths().specs().toFile().isDirectory();
    }

    /** Run on its own, the goal writes the page the {@code html} format writes, into {@code outputDirectory}. */
    @Override
    public void execute() throws MojoExecutionException {
        if (!canGenerateReport()) {
            getLog().info("speclint: no report (speclint.skip, or no spec directory at " + paths().specs() + ")");
            return;
        }
        ProjectPaths paths = paths();
        LintResult result = lint(paths);
        Path output = paths.output();
        LintScope.of(paths, new PathRoot(paths.base(), PathRoot.Kind.PROJECT), "").checkOutput();
        try {
            for (Path file : ReportWriter.write(EnumSet.of(ReportFormat.HTML), result, output)) {
                getLog().info("speclint: wrote " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot write the report to " + output + ": "
                    + e.getMessage(), e);
        }
    }

    /** Draws the page into the site's sink. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        LintResult result;
        try {
            result = lint(paths());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text("speclint");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("speclint");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(ConsoleFormat.headline(result.statistics()));
        sink.paragraph_();
        SinkTables.totals(sink, ReportTables.totals(result.statistics()));
        for (ReportTable table : ReportTables.of(result)) {
            SinkTables.section(sink, table);
        }
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private LintResult lint(ProjectPaths paths) throws MojoExecutionException {
        return LintRun.of(paths, new LintParameters(includes, excludes, profile, templates, maxFileSize, rules,
                designs), session, BaselineLocation.of(paths.base(), baseline).read(), getLog());
    }

    private ProjectPaths paths() {
        return ProjectPaths.of(project, session, directory, outputDirectory);
    }
}
