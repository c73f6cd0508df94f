package io.github.speclint.maven;

import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.report.GithubReport;
import io.github.speclint.report.ReportFormat;
import io.github.speclint.report.ReportWriter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lints the smaqit specs under {@code directory} and fails the build when they have gaps. Works with or without
 * a project POM.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractMojo {

    /** Skip the check. */
    @Parameter(property = "speclint.skip", defaultValue = "false")
    private boolean skip;

    /** The root of the spec tree; every Markdown file below it is considered. Default: {@code <basedir>/docs}. */
    @Parameter(property = "speclint.directory")
    private File directory;

    /** Ant-style patterns, relative to {@code directory}, of the files to consider. */
    @Parameter(property = "speclint.includes", defaultValue = "**/*.md")
    private List<String> includes;

    /** Ant-style patterns, relative to {@code directory}, of files to leave out. */
    @Parameter(property = "speclint.excludes")
    private List<String> excludes;

    /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}. */
    @Parameter(property = "speclint.failOn", defaultValue = "error")
    private String failOn;

    /**
     * Output formats, comma-separated: {@code console}, {@code sarif}, {@code json}, {@code junit},
     * {@code checkstyle}, {@code html}, {@code github}. {@code github} is added when {@code GITHUB_ACTIONS=true}.
     */
    @Parameter(property = "speclint.formats", defaultValue = "console")
    private List<String> formats;

    /** Where report files are written; never inside the spec tree. Default: {@code <build directory>/speclint}. */
    @Parameter(property = "speclint.outputDirectory")
    private File outputDirectory;

    /** The smaqit profile: {@code auto} (each spec's footer decides), {@code 0.6} or {@code 1.0}. */
    @Parameter(property = "speclint.profile", defaultValue = "auto")
    private String profile;

    /** Files larger than this many bytes are reported instead of read. */
    @Parameter(property = "speclint.maxFileSize", defaultValue = "5242880")
    private long maxFileSize;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** The process environment; tests replace it. */
    Function<String, String> environment = System::getenv;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("speclint: skipped (speclint.skip)");
            return;
        }
        FailOn threshold = FailOn.parse(failOn);
        Set<ReportFormat> selected = formats();
        ProjectPaths paths = ProjectPaths.of(project, session, directory, outputDirectory);
        if (!paths.specs().toFile().isDirectory()) {
            getLog().warn("speclint: no spec directory at " + paths.specs() + "; nothing to check (set "
                    + "speclint.directory" + (paths.base().resolve("specs").toFile().isDirectory()
                    ? "; smaqit keeps its specs in specs/, so set it to specs" : "") + ")");
            return;
        }
        LintResult result = LintRun.of(paths, includes, excludes, profile, maxFileSize);
        if (selected.contains(ReportFormat.CONSOLE)) {
            logFindings(result.findings());
        }
        getLog().info(ConsoleFormat.summary(result.statistics()));
        writeReports(selected, result, paths);
        if (selected.contains(ReportFormat.GITHUB)) {
            github(result);
        }
        if (threshold.fails(result.statistics())) {
            throw new MojoFailureException(threshold.failureMessage(result.statistics(),
                    selected.contains(ReportFormat.CONSOLE) ? "each is listed above with its file and line"
                            : "see the reports in " + paths.output()));
        }
    }

    /** Each file's findings under a header line, then the counts per rule; Maven colours the levels. */
    private void logFindings(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
        byFile.forEach((path, inFile) -> {
            getLog().info(ConsoleFormat.fileHeader(path, inFile));
            for (Finding finding : inFile) {
                switch (finding.severity()) {
                    case ERROR -> getLog().error(ConsoleFormat.line(finding));
                    case WARNING -> getLog().warn(ConsoleFormat.line(finding));
                    case INFO -> getLog().info(ConsoleFormat.line(finding));
                }
            }
        });
        if (!findings.isEmpty()) {
            getLog().info(ConsoleFormat.ruleCounts(findings));
        }
    }


    /** Workflow commands go to standard output unprefixed: GitHub reads them only at the start of a line. */
    private void github(LintResult result) throws MojoExecutionException {
        GithubReport.annotations(result).forEach(System.out::println);
        String summary = environment.apply("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            try {
                GithubReport.appendSummary(result, Path.of(summary));
            } catch (IOException e) {
                throw new MojoExecutionException("speclint: cannot append to GITHUB_STEP_SUMMARY " + summary + ": "
                        + e.getMessage(), e);
            }
        }
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
                    "speclint: unknown format \"" + name + "\" in speclint.formats; use " + ReportFormat.names())));
        }
        return selected;
    }

    private void writeReports(Set<ReportFormat> selected, LintResult result, ProjectPaths paths)
            throws MojoExecutionException {
        if (selected.stream().allMatch(format -> format.fileName().isEmpty())) {
            return;
        }
        Path output = paths.output();
        Path specs = paths.specs();
        if (output.startsWith(specs)) {
            throw new MojoExecutionException("speclint: outputDirectory " + output + " lies inside the spec tree "
                    + specs + "; speclint never writes there, so set speclint.outputDirectory elsewhere");
        }
        try {
            for (Path file : ReportWriter.write(selected, result, output)) {
                getLog().info("speclint: wrote " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot write reports to " + output + ": " + e.getMessage(), e);
        }
    }
}
