package io.github.speclint.maven;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Policy;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.discover.ProjectRoot;
import io.github.speclint.discover.SpecRoot;
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
                         Optional<Baseline> baseline) throws MojoExecutionException {
        return run(List.of(new SpecRoot("", paths.specs())), paths.base(), paths.base(),
                Set.of(paths.build(), paths.output()), parameters, session, List.of(), baseline, null, null, true,
                false);
    }

    /**
     * Every spec root of the scope in one index, paths relative to the scope's root.
     *
     * @param testReports JUnit XML reports whose outcomes gate the criteria; none for no test checks
     * @param baseline    the findings the team accepted, which then do not count
     * @param cacheIn     the output folder whose {@code cache} folder keeps results between runs, or null for none
     * @param log         where the cache says why it could not be written, and how many files it gave (at debug
     *                    level when {@code quiet})
     * @param findingsOnly whether the caller shows only the findings and figures (no report file): an unchanged
     *                     run then takes the last run's outcome whole
     */
    static LintResult of(LintScope scope, LintParameters parameters, MavenSession session, List<Path> testReports,
                         Optional<Baseline> baseline, Path cacheIn, Log log, boolean quiet, boolean findingsOnly)
            throws MojoExecutionException {
        return run(scope.roots(), scope.root().directory(), scope.project(), scope.pruned(), parameters, session,
                testReports, baseline, cacheIn, log, quiet, findingsOnly);
    }

    /** @param project the project whose {@code speclint.yml} applies */
    private static LintResult run(List<SpecRoot> roots, Path base, Path project, Set<Path> pruned,
                                  LintParameters parameters, MavenSession session, List<Path> testReports,
                                  Optional<Baseline> baseline, Path cacheIn, Log log, boolean quiet,
                                  boolean findingsOnly) throws MojoExecutionException {
        Setup setup = setup(roots, base, project, pruned, parameters, session, testReports);
        try {
            Linter linter = new Linter(setup.catalog(), baseline.map(setup.policy()::withBaseline)
                    .orElse(setup.policy()));
            if (cacheIn == null) {
                return linter.lint(setup.request());
            }
            ResultCache cache = ResultCache.open(cacheIn, linter.cacheKey(setup.request()), setup.catalog().layers());
            LintResult result = findingsOnly ? linter.lintFindings(setup.request(), cache)
                    : linter.lint(setup.request(), cache);
            cache.save().ifPresent(problem -> log.warn("speclint: " + problem));
            if (cache.hits() > 0) {
                String reused = String.format("speclint: %,d of %,d files unchanged since the last run, taken from "
                        + "the cache in %s%s", cache.hits(), cache.hits() + cache.misses(), cacheIn.resolve("cache"),
                        cache.crossDocumentReused() ? ", cross-document findings included" : "");
                if (quiet) {
                    log.debug(reused);
                } else {
                    log.info(reused);
                }
            }
            return result;
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("speclint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot read the spec directories " + roots.stream()
                    .map(root -> root.directory().toString()).toList() + ": " + e.getMessage(), e);
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

    /** The setup of one project's spec tree, paths relative to {@code base}. */
    static Setup setup(ProjectPaths paths, Path base, LintParameters parameters, MavenSession session)
            throws MojoExecutionException {
        return setup(List.of(new SpecRoot("", paths.specs())), base, paths.base(),
                Set.of(paths.build(), paths.output()), parameters, session, List.of());
    }

    private static Setup setup(List<SpecRoot> roots, Path base, Path project, Set<Path> pruned,
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
        try {
            File templates = parameters.templates();
            Path projectRoot = ProjectRoot.find(roots.get(0).directory(), project);
            Path folder = templates == null ? null : templates.toPath();
            SchemaCatalog catalog = SchemaSource.choose(parameters.profile(), folder, projectRoot, base);
            return new Setup(request, catalog, policy,
                    SchemaSource.templatesFolder(parameters.profile(), folder, projectRoot));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("speclint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot read the templates: " + e.getMessage(), e);
        }
    }
}
