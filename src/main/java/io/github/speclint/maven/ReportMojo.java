package io.github.speclint.maven;

import io.github.speclint.LintResult;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.report.ReportTable;
import io.github.speclint.report.ReportTables;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
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
public class ReportMojo extends AbstractMavenReport {

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

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    public String getOutputName() {
        return "speclint";
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
    public boolean canGenerateReport() {
        return !skip && paths().specs().toFile().isDirectory();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        LintResult result;
        try {
            ProjectPaths paths = paths();
            result = LintRun.of(paths, new LintParameters(includes, excludes, profile, templates, maxFileSize, rules,
                    designs), session, BaselineLocation.of(paths.base(), baseline).read());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        Sink sink = getSink();
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

    private ProjectPaths paths() {
        return ProjectPaths.of(getProject(), session, directory, null);
    }

    // The reporting base class declares the parameters below with text about reports in general; declared again on
    // setters, the goal's help describes what they mean for speclint's page.

    /**
     * Where {@code mvn speclint:report}, run on its own, writes {@code speclint.html}; {@code mvn site} uses its own.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/reports", required = true)
    public void setOutputDirectory(File folder) {
        outputDirectory = folder;
    }

    /**
     * The site's {@code src/site} folder, whose {@code site.xml} frames the page when the goal runs on its own.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${basedir}/src/site")
    public void setSiteDirectory(File folder) {
        siteDirectory = folder;
    }

    /**
     * The language the page's frame uses when the goal runs on its own; speclint's own text is English.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "default")
    public void setLocale(String language) {
        locale = language;
    }

    /**
     * Leave unset: speclint's page is a site page. A Doxia sink id renders it as that format instead. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "output.format")
    public void setOutputFormat(String format) {
        outputFormat = format;
    }

    /**
     * The build's timestamp ({@code project.build.outputTimestamp}), for reproducible pages.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    public void setOutputTimestamp(String timestamp) {
        outputTimestamp = timestamp;
    }
}
