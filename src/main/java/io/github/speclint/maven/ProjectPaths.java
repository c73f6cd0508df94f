package io.github.speclint.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;

/**
 * The base, spec, output and build directories of a run. Without a POM Maven leaves {@code ${project.basedir}}
 * unresolved, so the defaults are computed here from the project when there is one, else from the folder Maven was
 * started in.
 */
record ProjectPaths(Path base, Path specs, Path output, Path build) {

    static ProjectPaths of(MavenProject project, MavenSession session, File directory, File outputDirectory) {
        Path base = base(project, session);
        Path specs = directory != null ? directory.toPath() : base.resolve("docs");
        Path build = normalized(buildDirectory(project, base));
        Path output = outputDirectory != null ? outputDirectory.toPath() : build.resolve("speclint");
        return new ProjectPaths(base, normalized(specs), normalized(output), build);
    }

    private static Path base(MavenProject project, MavenSession session) {
        if (project != null && project.getBasedir() != null) {
            return normalized(project.getBasedir().toPath());
        }
        if (session != null && session.getExecutionRootDirectory() != null) {
            return normalized(Path.of(session.getExecutionRootDirectory()));
        }
        return normalized(Path.of(""));
    }

    static Path buildDirectory(MavenProject project, Path base) {
        String build = project == null || project.getBuild() == null ? null : project.getBuild().getDirectory();
        return build == null || build.contains("${") ? base.resolve("target") : Path.of(build);
    }

    static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
