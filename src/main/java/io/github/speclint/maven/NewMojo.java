package io.github.speclint.maven;

import io.github.speclint.LintRequest;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.scaffold.NewSpec;
import io.github.speclint.scaffold.SpecWriteRefused;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a new spec from its layer's template into {@code <directory>/<layer>/}: front matter filled (id, status
 * draft, created today), the concept filled in wherever the template names it, the file named by smaqit's
 * conventions. Refuses to overwrite a file or to reuse an id, then lints the tree and says what is left to fill.
 * The one goal besides {@code fix} that writes into the spec tree, and only this one new file.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", threadSafe = true, requiresProject = false)
public class NewMojo extends AbstractMojo {

    /**
     * The layer of the new spec: its folder ({@code infrastructure}) or its prefix ({@code INF}). Default: none,
     * it is required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.layer", required = true)
    private String layer;

    /**
     * The concept, as in its id: capital letters and digits in words joined by hyphens ({@code USER-LOGIN}).
     * Default: none, it is required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.concept", required = true)
    private String concept;

    /**
     * The spec's name for its title. Default: the concept's words ({@code User Login}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.title")
    private String title;

    /**
     * The root of the spec tree, which must exist. Default: {@code <basedir>/docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "speclint.directory")
    File directory;

    /**
     * The schemas: {@code auto} (the project's installed templates when it has them, else the built-in schema of the
     * smaqit version most of the tree's specs name), or a built-in profile: {@code 0.6}, {@code 1.0} or {@code 3.6}.
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

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    /** Today's date comes from here; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ProjectPaths paths = ProjectPaths.of(project, session, directory, null);
        if (!paths.specs().toFile().isDirectory()) {
            throw new MojoExecutionException("speclint: no spec directory at " + paths.specs() + "; create it or set "
                    + "speclint.directory (smaqit keeps its specs in specs/)");
        }
        Path root = GoalPaths.root(session, paths.base());
        LintRun.Setup setup = LintRun.setup(paths, root, new LintParameters(List.of("**/*.md"), List.of(), profile,
                templates, String.valueOf(LintRequest.DEFAULT_MAX_FILE_BYTES), null), session);
        NewSpec.Result result;
        try {
            result = NewSpec.create(new NewSpec.Request(layer, concept, title, LocalDate.now(clock)),
                    new Templates(setup.catalog(), setup.templates()), GoalPaths.fixedProfile(setup, profile),
                    setup.linter(), setup.request());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("speclint: " + Printable.text(e.getMessage()), e);
        } catch (SpecWriteRefused e) {
            throw new MojoFailureException("speclint: no new spec written: " + Printable.text(e.getMessage()), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("speclint: cannot write the new spec: " + e.getMessage(), e);
        }
        getLog().info(Printable.text("speclint: wrote " + result.path() + " (" + result.id() + ") from "
                + result.template()));
        report(result);
    }

    /** What the new spec still needs: its placeholders, as expected, and anything else, which is not. */
    private void report(NewSpec.Result result) {
        List<Finding> placeholders = result.findings().stream().filter(NewMojo::placeholder).toList();
        List<Finding> others = result.findings().stream().filter(f -> !placeholder(f)).toList();
        getLog().info(String.format("speclint: %s left to fill in %s%s", count(placeholders.size(), "placeholder"),
                Printable.text(result.path()), others.isEmpty() ? "; nothing else to fix" : ""));
        placeholders.forEach(finding -> getLog().info(ConsoleFormat.line(finding)));
        if (!others.isEmpty()) {
            getLog().warn(String.format("speclint: besides its placeholders, the new spec has %s, from the template "
                    + "itself:", count(others.size(), "finding")));
            others.forEach(finding -> getLog().warn(ConsoleFormat.line(finding)));
        }
    }

    private static boolean placeholder(Finding finding) {
        return finding.ruleId().equals("placeholder-left");
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
