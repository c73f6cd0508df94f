package io.github.speclint.maven;

import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.BaselineFile;
import io.github.speclint.discover.SpecRoot;
import io.github.speclint.job.CheckRun;
import io.github.speclint.job.JobFailure;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the baseline file is: {@code speclint.baseline} when set, else {@code speclint-baseline.json} at the project
 * root. Without the file, {@code check} runs without a baseline; a file named explicitly must exist.
 */
record BaselineLocation(Path file, boolean explicit) {

    /** @param project the project folder, where the baseline is by default */
    static BaselineLocation of(Path project, File configured) {
        return configured != null ? new BaselineLocation(configured.toPath().toAbsolutePath().normalize(), true)
                : new BaselineLocation(project.resolve(BaselineFile.FILE_NAME), false);
    }

    Optional<Baseline> read() throws MojoExecutionException {
        Optional<Path> there = existing();
        if (there.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CheckRun.baseline(there.get()));
        } catch (JobFailure e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The file when it is there; none without one, unless it was named explicitly, which stops the build. */
    Optional<Path> existing() throws MojoExecutionException {
        if (Files.exists(file)) {
            return Optional.of(file);
        }
        if (explicit) {
            throw new MojoExecutionException("speclint: speclint.baseline names " + file + ", which does not "
                    + "exist; write it with speclint:baseline, or leave the parameter out");
        }
        return Optional.empty();
    }

    /**
     * The baseline is written at the project root or where the user says, never into a spec tree, unless the tree is
     * the whole project ({@code directory=.}), where the project root is the baseline's place.
     */
    void write(Baseline baseline, LintScope scope) throws MojoExecutionException {
        for (SpecRoot root : scope.roots()) {
            if (file.startsWith(root.directory()) && !scope.projects().contains(root.directory())) {
                throw new MojoExecutionException("speclint: the baseline " + file + " would lie inside the spec tree "
                        + root.directory() + "; speclint never writes there, so set speclint.baseline elsewhere");
            }
        }
        try {
            BaselineFile.write(baseline, file);
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
    }
}
