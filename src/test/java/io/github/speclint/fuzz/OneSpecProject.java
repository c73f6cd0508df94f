package io.github.speclint.fuzz;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ReadableReports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A project of one spec file, linted again for every fuzz input, and what must hold of its findings whatever the
 * input: no rule throws (an exception is caught by the engine and becomes an {@code internal-error} finding, which
 * is how a crash shows here), every position lies in the file, every message is printable, and no input takes long.
 */
final class OneSpecProject {

    /** Far above what a fuzz input (a few KB) ever needs; a super-linear phase crosses it. */
    static final long SLOW_MILLIS = 5_000;

    private final Path root;

    OneSpecProject(Path root) {
        this.root = root;
    }

    /** Lints {@code docs/<folder>/<name>} holding {@code bytes}, checks the invariants and returns the result. */
    LintResult lint(String folder, String name, byte[] bytes) {
        Path docs = root.resolve("docs");
        try {
            clear(docs);
            Path file = Files.createDirectories(docs.resolve(folder)).resolve(name);
            Files.write(file, bytes);
            Timed run = timed(docs);
            if (run.millis > SLOW_MILLIS) {
                run = timed(docs); // once more: the first inputs of a JVM also pay for loading and compiling
            }
            assertTrue(run.millis <= SLOW_MILLIS, "slow input: " + run.millis + " ms for " + bytes.length + " bytes");
            check(run.result, lineBreaks(bytes) + 1);
            return run.result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Timed timed(Path docs) throws IOException {
        long start = System.nanoTime();
        LintResult result = new Linter().lint(LintRequest.of(docs, root));
        return new Timed(result, (System.nanoTime() - start) / 1_000_000);
    }

    private record Timed(LintResult result, long millis) {
    }

    private static void check(LintResult result, int lines) {
        for (Finding finding : result.findings()) {
            if (finding.ruleId().equals(Linter.INTERNAL_ERROR)) {
                fail("a rule threw: " + finding.message());
            }
            assertTrue(finding.line() >= 1 && finding.line() <= lines + 1 && finding.column() >= 1,
                    "position " + finding.line() + ":" + finding.column() + " outside a file of " + lines
                            + " lines: " + finding);
            assertFalse(finding.message().isBlank(), finding.toString());
            assertFalse(ReadableReports.UNSAFE.matcher(finding.message()).find()
                            || ReadableReports.UNSAFE.matcher(finding.path()).find(),
                    "unescaped: " + finding);
        }
    }

    /** Line breaks as any of the parsers may count them: Markdown's, and YAML's (which adds NEL, LS and PS). */
    private static int lineBreaks(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int breaks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    private static void clear(Path docs) throws IOException {
        if (!Files.exists(docs)) {
            return;
        }
        try (Stream<Path> files = Files.walk(docs)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
