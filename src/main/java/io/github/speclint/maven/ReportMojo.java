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
import java.util.Locale;

/**
 * The speclint page of a Maven site ({@code mvn site}): the totals, the specs, the findings and the traceability
 * matrix of the spec tree, the same content as the HTML report. It reports; it never fails the build.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The root of the spec tree. Default: {@code <basedir>/docs}. */
    @Parameter(property = "speclint.directory")
    private File directory;

    /** Ant-style patterns, relative to {@code directory}, of the files to consider. */
    @Parameter(property = "speclint.includes", defaultValue = "**/*.md")
    private List<String> includes;

    /** Ant-style patterns, relative to {@code directory}, of files to leave out. */
    @Parameter(property = "speclint.excludes")
    private List<String> excludes;

    /** The smaqit profile: {@code auto}, {@code 0.6} or {@code 1.0}. */
    @Parameter(property = "speclint.profile", defaultValue = "auto")
    private String profile;

    /** Files larger than this many bytes are reported instead of read. */
    @Parameter(property = "speclint.maxFileSize", defaultValue = "5242880")
    private long maxFileSize;

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
        return paths().specs().toFile().isDirectory();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        LintResult result;
        try {
            result = LintRun.of(paths(), includes, excludes, profile, maxFileSize);
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
}
