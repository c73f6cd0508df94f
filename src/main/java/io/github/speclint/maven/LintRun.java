package io.github.speclint.maven;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Policy;
import io.github.speclint.discover.ProjectRoot;
import io.github.speclint.discover.SpecRoot;
import io.github.speclint.job.CheckRun;
import io.github.speclint.job.JobFailure;
import io.github.speclint.job.JobLog;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.SchemaSource;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Maps the goals' shared parameters to a lint request and runs the engine; configuration errors stop the build. */
final class LintRun {

    private LintRun() {
    }

    /**
     * One project's spec tree, paths relative to the project.
     *
     * @param baseline the findings the team accepted, which then do not count
     */
    static LintResult of(ProjectPaths paths, LintParameters parameters, MavenSession session,
                         Optional<Baseline> baseline, Log log) throws MojoExecutionException {
        return run(setup(List.of(new SpecRoot("", paths.specs())), paths.base(), paths.base(),
                Set.of(paths.build(), paths.output()), parameters, session, List.of()), baseline, new MavenJobLog(log));
    }

    /**
     * Every spec root of the scope in one index, paths relative to the scope's root.
     *
     * @param testReports JUnit XML reports whose outcomes gate the criteria; none for no test checks
     * @param baseline    the findings the team accepted, which then do not count
     */
    static LintResult of(LintScope scope, LintParameters parameters, MavenSession session, List<Path> testReports,
                         Optional<Baseline> baseline, Log log) throws MojoExecutionException {
        return run(setup(scope.roots(), scope.root().directory(), scope.project(), scope.pruned(), parameters,
                session, testReports), baseline, new MavenJobLog(log));
    }

    private static LintResult run(Setup setup, Optional<Baseline> baseline, JobLog log)
            throws MojoExecutionException {
        try {
            return CheckRun.lint(setup.request(), setup.catalog(), baseline.map(setup.policy()::withBaseline)
                    .orElse(setup.policy()), null, false, true, log);
        } catch (JobFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * What a goal needs to read one project's spec tree: the request, the schemas and where their templates lie.
     *
     * @param templates the folder of the project's templates when they are the schema
     */
    record Setup(LintRequest request, SchemaCatalog catalog, Policy policy, Optional<Path> templates) {

        Linter linter() {
            return new Linter(catalog, policy);
        }
    }

    /**
     * What a check needs besides its schemas, which a forked check builds for itself: the request, the policy, the
     * templates folder as configured (or null) and the project root, where the installed templates are looked for.
     */
    record Plan(LintRequest request, Policy policy, Path configuredTemplates, Path projectRoot) {
    }

    /** The plan of a check of every spec root of the scope in one index, paths relative to the scope's root. */
    static Plan plan(LintScope scope, LintParameters parameters, MavenSession session, List<Path> testReports)
            throws MojoExecutionException {
        return plan(scope.roots(), scope.root().directory(), scope.project(), scope.pruned(), parameters, session,
                testReports);
    }

    /** The schemas the plan's profile and templates choose; a folder that is not there or a bad template stops. */
    static SchemaCatalog catalog(Plan plan) throws MojoExecutionException {
        try {
            return CheckRun.catalog(plan.request(), plan.configuredTemplates(), plan.projectRoot());
        } catch (JobFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * The key the plan's check keeps its cache under; a project's templates are read for it, the built-in schemas
     * need not be.
     */
    static String cacheKey(Plan plan) throws MojoExecutionException {
        boolean builtIn = SchemaSource.templatesFolder(plan.request().profile(), plan.configuredTemplates(),
                plan.projectRoot()).isEmpty();
        return Linter.cacheKey(plan.request(), builtIn ? SchemaCatalog.BUILT_IN_SOURCE : catalog(plan).source(),
                plan.policy().severities());
    }

    /** The setup of one project's spec tree, paths relative to {@code base}. */
    static Setup setup(ProjectPaths paths, Path base, LintParameters parameters, MavenSession session)
            throws MojoExecutionException {
        return setup(List.of(new SpecRoot("", paths.specs())), base, paths.base(),
                Set.of(paths.build(), paths.output()), parameters, session, List.of());
    }

    private static Setup setup(List<SpecRoot> roots, Path base, Path project, Set<Path> pruned,
                               LintParameters parameters, MavenSession session, List<Path> testReports)
            throws MojoExecutionException {
        Plan plan = plan(roots, base, project, pruned, parameters, session, testReports);
        return new Setup(plan.request(), catalog(plan), plan.policy(), SchemaSource.templatesFolder(
                parameters.profile(), plan.configuredTemplates(), plan.projectRoot()));
    }

    private static Plan plan(List<SpecRoot> roots, Path base, Path project, Set<Path> pruned,
                             LintParameters parameters, MavenSession session, List<Path> testReports)
            throws MojoExecutionException {
        LintRequest request = LintRequest.of(roots, base)
                .withPatterns(ParameterValues.includes(parameters.includes()),
                        parameters.excludes() == null ? List.of() : parameters.excludes())
                .withProfile(parameters.profile())
                .withMaxFileBytes(ParameterValues.positive("maxFileSize", parameters.maxFileSize()))
                .withPruned(pruned)
                .withTestReports(testReports)
                .withDesigns(parameters.designs() == null ? null
                        : parameters.designs().toPath().toAbsolutePath().normalize());
        Policy policy = Policy.of(RuleOptions.resolve(project, parameters.rules(), session));
        File templates = parameters.templates();
        return new Plan(request, policy, templates == null ? null : templates.toPath(),
                ProjectRoot.find(roots.get(0).directory(), project));
    }
}
