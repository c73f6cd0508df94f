package io.github.speclint.maven;

import io.github.speclint.LintRequest;
import io.github.speclint.discover.PathRoot;
import io.github.speclint.schema.Profile;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;
import java.util.Optional;

/** What the goals that write specs ({@code new}, {@code fix}) share with {@code check}: paths and the profile. */
final class GoalPaths {

    private GoalPaths() {
    }

    /** The folder every printed path is relative to, as {@code check} finds it (see {@link PathRoot}). */
    static Path root(MavenSession session, Path projectBase) {
        String executionRoot = session == null ? null : session.getExecutionRootDirectory();
        return PathRoot.find(executionRoot == null ? null : Path.of(executionRoot), projectBase, System::getenv)
                .directory();
    }

    /** The built-in profile the user forced, if any. */
    static Optional<Profile> fixedProfile(LintRun.Setup setup, String profile) throws MojoExecutionException {
        if (profile == null || profile.isBlank() || profile.equals(LintRequest.AUTO)) {
            return Optional.empty();
        }
        return Optional.of(setup.catalog().profile(profile).orElseThrow(() -> new MojoExecutionException(
                "speclint: unknown profile \"" + Printable.of(profile) + "\" in speclint.profile; use auto or one of "
                        + setup.catalog().profileNames())));
    }
}
