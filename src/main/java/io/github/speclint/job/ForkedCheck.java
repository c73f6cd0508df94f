package io.github.speclint.job;

import io.github.speclint.model.EscapedText;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JVM a {@code check} forks ({@link JobFork}): reads the job from standard input, runs it as the build would, and
 * answers in {@link JobLines}. Standard output carries the protocol alone; anything else printed goes to standard
 * error, which the build shows as warnings.
 */
public final class ForkedCheck {

    /** Set in the forked JVM, so that a message can say where the check ran. */
    public static final String PROPERTY = "speclint.forked";

    private ForkedCheck() {
    }

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
                1 << 16), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        // a build that is killed takes its check with it
        ProcessHandle.current().parent().ifPresent(build -> build.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
        JobLines lines = new JobLines(protocol);
        try {
            lines.outcome(run(CheckJobCodec.read(System.in), lines));
        } catch (JobFailure e) {
            lines.failure(e.getMessage());
        } catch (IOException | RuntimeException | Error e) {
            lines.failure("speclint: the forked check failed: " + EscapedText.of(e.toString()));
        }
        // the build decides on the lines alone; with its last one sent, the JVM ends as main returns (every other
        // thread of the check is a daemon)
        protocol.flush();
    }

    static CheckOutcome run(CheckJob job, JobLines lines) throws JobFailure {
        // messages count the build's way ("50,000" or "50.000"), and the cache key says which
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(job.formatLocale()));
        return CheckRun.run(job, lines, lines::output);
    }
}
