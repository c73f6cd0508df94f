package io.github.speclint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the testReports parameter becomes the report locations the engine reads. */
class TestReportPathsTest {

    @TempDir
    Path base;

    @Test
    void byDefaultTheSurefireAndFailsafeFoldersOfTheBuildDirectoryThatExist()
            throws IOException, MojoExecutionException {
        Path build = base.resolve("out");
        assertEquals(List.of(), TestReportPaths.of(null, build, base), "no folders, no reports: nothing changes");

        Files.createDirectories(build.resolve("failsafe-reports"));
        assertEquals(List.of(build.resolve("failsafe-reports")), TestReportPaths.of(List.of(), build, base));

        Files.createDirectories(build.resolve("surefire-reports"));
        assertEquals(List.of(build.resolve("surefire-reports"), build.resolve("failsafe-reports")),
                TestReportPaths.of(List.of(" "), build, base));
    }

    @Test
    void configuredLocationsAreTakenFromTheBaseAndNoneTurnsTheCheckOff() throws MojoExecutionException {
        Path build = base.resolve("target");

        assertEquals(List.of(base.resolve("it/reports"), base.resolve("TEST-x.xml")),
                TestReportPaths.of(Arrays.asList("it/reports", " TEST-x.xml "), build, base));
        assertEquals(List.of(), TestReportPaths.of(List.of("None"), build, base));
    }
}
