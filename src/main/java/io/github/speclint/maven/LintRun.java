package io.github.speclint.maven;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.adopt.RuleSeverities;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.util.List;

/** Maps the goals' shared parameters to a lint request and runs the engine; configuration errors stop the build. */
final class LintRun {

    private LintRun() {
    }

    static LintResult of(ProjectPaths paths, LintParameters parameters, MavenSession session)
            throws MojoExecutionException {
        LintRequest request = LintRequest.of(paths.specs(), paths.base())
                .withPatterns(ParameterValues.includes(parameters.includes()),
                        parameters.excludes() == null ? List.of() : parameters.excludes())
                .withProfile(parameters.profile())
                .withMaxFileBytes(ParameterValues.positive("maxFileSize", parameters.maxFileSize()));
        RuleSeverities severities = RuleOptions.resolve(paths.base(), parameters.rules(), session);
        try {
            return new Linter(severities).lint(request);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("speclint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot read the spec directory " + paths.specs() + ": "
                    + e.getMessage(), e);
        }
    }
}
