package io.github.speclint.maven;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fix goal: a dry run prints the diff and writes nothing; with apply it writes and counts again. */
@MojoTest
class FixMojoTest {

    private static final String SPEC = """
            ---
            id: FUN-CART
            status: draft
            created: 2026-01-01
            ---

            # Cart

            ## References

            ### Implements

            - [BUS-SHOP](../business/uc1-shop.md) — shopping

            ## Scope

            ### Included

            The cart.

            ### Excluded

            Payment.

            ## Acceptance Criteria

            - [ ] FUN-CART-001: Items can be added
            """;

    @TempDir
    Path specs;

    @Test
    @InjectMojo(goal = "fix")
    @Basedir("/unit/project")
    void aDryRunPrintsTheDiffAndWritesNothing(FixMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);
        Path spec = write();
        mojo.directory = specs.toFile();

        mojo.execute();

        assertEquals(SPEC, Files.readString(spec));
        assertTrue(log.lines.stream().anyMatch(line -> line.matches("info speclint: .*functional/cart.md:25: inserted "
                + "\"## User Flow\" after \"## Scope\" \\[section-missing]")), log.lines.toString());
        assertTrue(log.has("info +## User Flow"), log.lines.toString());
        assertTrue(log.has("info +*Generated with smaqit v1.0*"), log.lines.toString());
        assertTrue(log.has("info speclint: dry run, nothing written; run again with -Dspeclint.fix.apply to write "
                + "this fix"), log.lines.toString());
    }

    @Test
    @InjectMojo(goal = "fix")
    @Basedir("/unit/project")
    @MojoParameter(name = "apply", value = "true")
    void applyWritesTheFixesAndCountsTheFindingsAgain(FixMojo mojo) throws Exception {
        RecordingLog log = RecordingLog.on(mojo);
        Path spec = write();
        mojo.directory = specs.toFile();

        mojo.execute();

        assertNotEquals(SPEC, Files.readString(spec));
        assertTrue(log.has("info speclint: wrote 1 of 1 fixed specs"), log.lines.toString());
        String after = log.lines.stream().filter(line -> line.startsWith("info speclint: findings by rule after:"))
                .findFirst().orElseThrow();
        assertTrue(!after.contains("section-missing") && !after.contains("footer-missing"), after);
    }

    private Path write() throws Exception {
        Path spec = specs.resolve("functional/cart.md");
        Files.createDirectories(spec.getParent());
        Files.writeString(spec, SPEC);
        return spec;
    }
}
