package io.github.speclint.maven;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.util.List;

/** Maps the goals' shared parameters to a lint request and runs the engine; configuration errors stop the build. */
final class LintRun {

    private LintRun() {
    }

    static LintResult of(ProjectPaths paths, List<String> includes, List<String> excludes, String profile,
                         long maxFileSize) throws MojoExecutionException {
        LintRequest request = LintRequest.of(paths.specs(), paths.base())
                .withPatterns(includes == null ? List.of() : includes, excludes == null ? List.of() : excludes)
                .withProfile(profile)
                .withMaxFileBytes(maxFileSize);
        try {
            return new Linter().lint(request);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("speclint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot read the spec directory " + paths.specs() + ": "
                    + e.getMessage(), e);
        }
    }
}
