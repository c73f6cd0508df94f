package io.github.speclint.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baseline goal writes the accepted findings; check then counts only new ones. */
@MojoTest
class BaselineMojoTest {

    @Test
    @InjectMojo(goal = "baseline")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "baseline", value = "${basedir}/target/written/speclint-baseline.json")
    void writesTheCurrentFindingsAndSaysHowMany(BaselineMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        Path file = Path.of(MojoExtension.getBasedir(), "target/written/speclint-baseline.json");
        String json = Files.readString(file);
        assertTrue(json.contains("\"ruleId\" : \"section-empty\"") && json.contains("\"ruleId\" : \"table-empty-cell\""),
                json);
        assertTrue(log.has("info speclint: wrote 2 finding(s) (1 error(s), 1 warning(s), 0 info) to " + file
                + "; speclint:check now fails only on findings it does not list"), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "baseline")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "baseline", value = "${basedir}/docs/speclint-baseline.json")
    void neverWritesIntoTheSpecTree(BaselineMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(error.getMessage().contains("would lie inside the spec tree"), error.getMessage());
        assertFalse(Files.exists(Path.of(MojoExtension.getBasedir(), "docs/speclint-baseline.json")));
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/gaps")
    @MojoParameter(name = "baseline", value = "${basedir}/no-such-baseline.json")
    void aBaselineNamedButMissingIsAConfigurationError(CheckMojo mojo) {
        MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("speclint: speclint.baseline names " + Path.of(MojoExtension.getBasedir(),
                "no-such-baseline.json").toAbsolutePath().normalize() + ", which does not exist; write it with "
                + "speclint:baseline, or leave the parameter out", error.getMessage());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/baselined")
    void checkWithTheBaselineAtTheProjectRootListsItsFindingsAsKnownAndPasses(CheckMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);

        mojo.execute();

        Path file = Path.of(MojoExtension.getBasedir(), "speclint-baseline.json").toAbsolutePath().normalize();
        assertTrue(log.has("info speclint: 2 finding(s) known from the baseline " + file + "; they do not fail the "
                + "build:"), log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(line -> line.startsWith("info   docs/business/login.md:33:1: error: ")),
                log.lines.toString());
        assertTrue(log.lines.stream().anyMatch(line -> line.contains(", 0 errors, 0 warnings, 2 known from the "
                + "baseline in ")), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "check")
    @Basedir("/unit/baselined")
    @MojoParameter(name = "baseline", value = "${basedir}/older-baseline.json")
    @MojoParameter(name = "cache", value = "false")
    void aFindingTheBaselineLacksIsLoggedAsNewBelowTheKnownOnesAndFailsTheBuild(CheckMojo mojo) {
        RecordingLog log = RecordingLog.on(mojo);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        Path file = Path.of(MojoExtension.getBasedir(), "older-baseline.json").toAbsolutePath().normalize();
        List<String> lines = log.lines;
        assertEquals(List.of("info speclint: 1 finding(s) known from the baseline " + file + "; they do not fail the "
                        + "build:",
                "info   docs/business/login.md:23:31: warning: cell \"Goals\" in row 1 of table \"Actors\" is empty "
                        + "[table-empty-cell]",
                "info speclint: 1 new finding(s), not in the baseline " + file + ":",
                "info docs/business/login.md: 1 error, 0 warnings",
                "error docs/business/login.md:33:1: error: section \"### Preconditions\" is empty; write its content "
                        + "or state \"Not applicable: <reason>\" [section-empty]",
                "info speclint: findings by rule: section-empty 1"), lines.subList(0, 6));
        assertEquals(7, lines.size(), lines.toString());
        assertTrue(lines.get(6).contains(", 1 error, 0 warnings, 1 known from the baseline in "), lines.get(6));
        assertTrue(failure.getMessage().endsWith("not counted: 1 known from the baseline; each is listed above with "
                + "its file and line"), failure.getMessage());
    }
}
