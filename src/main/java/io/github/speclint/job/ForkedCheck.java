package io.github.speclint.job;

import io.github.speclint.adopt.BaselineFile;
import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.model.EscapedText;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.schema.SchemaCatalog;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The JVM a {@code check} forks ({@link JobFork}): reads the job from standard input, runs it as the build would, and
 * answers in {@link JobLines}. Standard output carries the protocol alone; anything else printed goes to standard
 * error, which the build shows as warnings.
 */
public final class ForkedCheck {

    /** Set in the forked JVM, so that a message can say where the check ran. */
    public static final String PROPERTY = "speclint.forked";
    private static final String SOURCE = "the forked check";

    private ForkedCheck() {
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // a build that is killed takes its check with it
        ProcessHandle.current().parent().ifPresent(build -> build.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        JobLines lines = new JobLines(protocol);
        int exit = 0;
        try {
            lines.outcome(run(CheckJobCodec.read(System.in), lines));
        } catch (JobFailure e) {
            lines.failure(e.getMessage());
            exit = 1;
        } catch (IOException | RuntimeException | Error e) {
            lines.failure("speclint: the forked check failed: " + EscapedText.of(e.toString()));
            exit = 1;
        }
        protocol.flush();
        System.exit(protocol.checkError() ? 2 : exit);
    }

    static CheckOutcome run(CheckJob job, JobLines lines) throws JobFailure, IOException {
        // messages count the build's way ("50,000" or "50.000"), and the cache key says which
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(job.formatLocale()));
        SchemaCatalog catalog = CheckRun.catalog(job.request(), job.templates(), job.projectRoot());
        RuleSeverities severities = RuleSeverities.of(RuleSeverities.parseList(job.severities(), SOURCE), SOURCE,
                RuleSet.all());
        Policy policy = new Policy(severities, job.baseline() == null ? Optional.empty()
                : Optional.of(BaselineFile.read(job.baseline())), job.today());
        return CheckRun.run(job, catalog, policy, lines, lines::output);
    }
}
