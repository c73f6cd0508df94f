package io.github.speclint.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The new goal: its parameters, its log, and what stops it. */
@MojoTest
class NewMojoTest {

    @TempDir
    Path specs;

    @Test
    @InjectMojo(goal = "new")
    @Basedir("/unit/project")
    @MojoParameter(name = "layer", value = "stack")
    @MojoParameter(name = "concept", value = "WEB")
    @MojoParameter(name = "title", value = "Web stack")
    void writesTheSpecAndSaysWhatIsLeftToFill(NewMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);
        mojo.directory = specs.toFile();
        mojo.clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

        mojo.execute();

        String text = Files.readString(specs.resolve("stack/web-stack.md"));
        assertTrue(text.startsWith("---\nid: STK-WEB\nstatus: draft\ncreated: 2026-05-01\n---\n\n# Web stack\n"), text);
        assertTrue(log.lines.get(0).matches("info speclint: wrote .*stack/web-stack.md \\(STK-WEB\\) from the smaqit "
                + "1.0 template"), log.lines.toString());
        assertTrue(log.lines.get(1).matches("info speclint: \\d+ placeholders left to fill in .*stack/web-stack.md; "
                + "nothing else to fix"), log.lines.toString());
        assertTrue(log.lines.stream().skip(2).allMatch(line -> line.startsWith("info ")
                && line.endsWith("[placeholder-left]")), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "new")
    @Basedir("/unit/project")
    @MojoParameter(name = "layer", value = "stack")
    @MojoParameter(name = "concept", value = "WEB")
    void refusesToOverwriteAndFailsTheBuild(NewMojo mojo) throws Exception {
        RecordingLog.on(mojo);
        mojo.directory = specs.toFile();
        Files.createDirectories(specs.resolve("stack"));
        Files.writeString(specs.resolve("stack/web-stack.md"), "mine\n");

        MojoFailureException refused = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("speclint: no new spec written: stack/web-stack.md exists; speclint never overwrites a spec",
                refused.getMessage());
        assertEquals("mine\n", Files.readString(specs.resolve("stack/web-stack.md")));
    }

    @Test
    @InjectMojo(goal = "new")
    @Basedir("/unit/project")
    @MojoParameter(name = "layer", value = "stack")
    @MojoParameter(name = "concept", value = "../../WEB")
    void aConceptOutOfFormIsAConfigurationError(NewMojo mojo) {
        RecordingLog.on(mojo);
        mojo.directory = specs.toFile();

        MojoExecutionException bad = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(bad.getMessage().startsWith("speclint: concept \"../../WEB\" is not a smaqit concept"),
                bad.getMessage());
        assertFalse(Files.exists(specs.resolve("stack")));
    }

    @Test
    @InjectMojo(goal = "new")
    @Basedir("/unit/project")
    @MojoParameter(name = "layer", value = "stack")
    @MojoParameter(name = "concept", value = "WEB")
    void aMissingSpecDirectoryIsNotCreated(NewMojo mojo) {
        RecordingLog.on(mojo);
        mojo.directory = specs.resolve("specs").toFile();

        MojoExecutionException missing = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(missing.getMessage().contains("no spec directory at "), missing.getMessage());
        assertFalse(Files.exists(specs.resolve("specs")));
    }
}
