package io.github.speclint.maven;

import io.github.speclint.LintResult;
import io.github.speclint.fix.Change;
import io.github.speclint.fix.FileFix;
import io.github.speclint.fix.FixRun;
import io.github.speclint.fix.SpecFixer;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.scaffold.Templates;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fixes what is safe to fix from the template: required sections that are missing (inserted where they belong,
 * with the template's placeholder text), table columns that are missing (with empty cells) and a missing footer.
 * Prints a unified diff and writes nothing unless {@code speclint.fix.apply} is set. Never removes or changes text the
 * author wrote; keeps line endings and a BOM; replaces each file in one step, never through a symbolic link.
 *
 * @since 0.1.0
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractMojo {

    /**
     * Skip the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Write the fixes into the specs; without it the goal only prints them as a diff.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.fix.apply", defaultValue = "false")
    private boolean apply;

    /**
     * The root of the spec tree. Default: {@code <basedir>/docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.directory")
    File directory;

    /**
     * Ant-style patterns, relative to {@code directory}, of the specs to fix.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.includes", defaultValue = "**/*.md")
    private List<String> includes;

    /**
     * Ant-style patterns, relative to {@code directory}, of specs not to fix. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.excludes")
    private List<String> excludes;

    /**
     * The schemas, as for {@code check}: {@code auto}, {@code 0.6}, {@code 1.0} or {@code 3.6}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.profile", defaultValue = "auto")
    private String profile;

    /**
     * The folder of the project's own spec templates. Default: {@code .smaqit/templates/specs} of the project
     * root, when it exists.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.templates")
    private File templates;

    /**
     * Files larger than this many bytes are neither read nor fixed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.maxFileSize", defaultValue = "5242880")
    private String maxFileSize;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("speclint: skipped (speclint.skip)");
            return;
        }
        ProjectPaths paths = ProjectPaths.of(project, session, directory, null);
        if (!paths.specs().toFile().isDirectory()) {
            getLog().warn("speclint: no spec directory at " + paths.specs() + "; nothing to fix (set "
                    + "speclint.directory)");
            return;
        }
        Path root = GoalPaths.root(session, paths.base());
        LintRun.Setup setup = LintRun.setup(paths, root, new LintParameters(includes, excludes, profile, templates,
                maxFileSize, null), session);
        FixRun.Result result;
        try {
            SpecFixer fixer = new SpecFixer(new Templates(setup.catalog(), setup.templates()),
                    GoalPaths.fixedProfile(setup, profile), setup.request().maxFileBytes(),
                    rule -> RuleSet.all().stream().filter(info -> info.id().equals(rule)).allMatch(
                            setup.policy().severities()::runs));
            result = FixRun.plan(setup.linter(), setup.request(), fixer);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("speclint: " + Printable.text(e.getMessage()), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("speclint: cannot read the spec tree: " + e.getMessage(), e);
        }
        List<FileFix> fixed = result.fixed();
        getLog().info("speclint: " + result.files().size() + (result.files().size() == 1 ? " spec, " : " specs, ")
                + fixed.size() + " with structural gaps a safe fix fills: " + tally(fixed));
        getLog().info(byRule("before", result.lint()));
        for (FileFix file : result.files()) {
            log(file);
        }
        if (fixed.isEmpty()) {
            getLog().info("speclint: nothing to fix");
            return;
        }
        if (!apply) {
            getLog().info("speclint: dry run, nothing written; run again with -Dspeclint.fix.apply to write "
                    + (fixed.size() == 1 ? "this fix" : "these fixes"));
            return;
        }
        write(result, setup, paths.specs(), fixed.size());
    }

    private void write(FixRun.Result result, LintRun.Setup setup, Path specs, int count)
            throws MojoExecutionException, MojoFailureException {
        try {
            List<String> refused = FixRun.apply(result, specs);
            getLog().info("speclint: wrote " + (count - refused.size()) + " of " + count + " fixed specs");
            getLog().info(byRule("after", setup.linter().lint(setup.request())));
            if (!refused.isEmpty()) {
                refused.forEach(line -> getLog().error("speclint: " + Printable.text(line)));
                throw new MojoFailureException("speclint: " + refused.size() + " fixed specs were not written; see "
                        + "above why");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot write the fixes: " + e.getMessage(), e);
        }
    }

    private void log(FileFix file) {
        for (Change change : file.changes()) {
            getLog().info(Printable.text(String.format("speclint: %s:%d: %s [%s]", file.path(), change.line(),
                    change.what(), change.rule())));
        }
        file.diff().forEach(line -> getLog().info(Printable.text(line))); // spec text: escapes shown, never run
        file.leftAlone().forEach(note -> getLog().warn(Printable.text("speclint: " + file.path()
                + ": left for the author: " + note)));
        file.problem().ifPresent(problem -> getLog().warn(Printable.text("speclint: " + file.path()
                + ": not fixed: " + problem)));
    }

    /** {@code 3 sections, 1 table, 1 footer}, counted by the finding each fix removes. */
    private static String tally(List<FileFix> fixed) {
        Map<String, Integer> counts = new TreeMap<>();
        fixed.forEach(file -> file.changes().forEach(change -> counts.merge(change.rule(), 1, Integer::sum)));
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private static String byRule(String when, LintResult lint) {
        return lint.findings().isEmpty() ? "speclint: findings " + when + ": none"
                : ConsoleFormat.ruleCounts(lint.findings()).replace("speclint: findings by rule:",
                "speclint: findings by rule " + when + ":");
    }
}
