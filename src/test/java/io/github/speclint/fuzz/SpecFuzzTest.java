package io.github.speclint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.speclint.LintResult;
import io.github.speclint.adopt.Triage;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.report.ReadableReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fuzz targets for the engine and the report writers. In every build ({@code mvn verify}) each runs as a JUnit test
 * on its seeds: the empty input, the files under {@code src/test/resources/.../SpecFuzzTestInputs/<target>} (inputs
 * that once failed, kept as regression tests) and the seeds {@link FuzzSeeds} writes at test time. With
 * {@code -Pfuzz} Jazzer mutates them for {@code fuzz.seconds} per target (see the README's Development section).
 */
class SpecFuzzTest {

    /** The long run's duration per target; {@code -Pfuzz -Dfuzz.seconds=N} passes a different one to libFuzzer. */
    private static final String LONG_RUN = "3m";

    private static Path root;
    private static OneSpecProject project;

    @BeforeAll
    static void writeSeedsAndProject() throws IOException {
        int corpus = FuzzSeeds.write();
        if (corpus == 0) {
            System.out.println("SpecFuzzTest: " + FuzzSeeds.CORPUS.toAbsolutePath().normalize() + " is absent; "
                    + "the seeds are the attack shapes only");
        }
        root = Files.createTempDirectory("speclint-fuzz");
        project = new OneSpecProject(root);
    }

    @AfterAll
    static void removeProject() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Whole spec files, as bytes: any encoding, any front matter, any Markdown. */
    @FuzzTest(maxDuration = LONG_RUN)
    void wholeSpec(byte[] bytes) {
        project.lint("business", "uc1-fuzz.md", bytes);
    }

    /** The YAML between the front matter's fences, in a spec otherwise well formed. */
    @FuzzTest(maxDuration = LONG_RUN)
    void frontMatter(byte[] yaml) {
        byte[] head = "---\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n---\n\n# UC1-FUZZ: Fuzz\n\n## Scope\n\ntext\n".getBytes(StandardCharsets.UTF_8);
        project.lint("business", "uc1-fuzz.md", concat(head, yaml, tail));
    }

    /** Markdown under the infrastructure layer's {@code ### Resources}, whose table every table rule checks. */
    @FuzzTest(maxDuration = LONG_RUN)
    void tables(byte[] table) {
        byte[] head = ("---\nid: INF-FUZZ\nstatus: draft\ncreated: 2026-01-01\n---\n\n# Hosting\n\n"
                + "## Compute Resources\n\n### Resources\n\n").getBytes(StandardCharsets.UTF_8);
        project.lint("infrastructure", "hosting.md", concat(head, table, new byte[] {'\n'}));
    }

    /**
     * Any UTF-16 text (lone surrogates and control characters included) as a spec's id and title, and as the path,
     * message, subject and module of a finding: every report still parses, every log line stays one line.
     */
    @FuzzTest(maxDuration = LONG_RUN)
    void reportWriters(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_16BE);
        String spec = "---\nid: \"" + yamlEscaped(text) + "\"\nstatus: draft\ncreated: 2026-01-01\n---\n\n# UC1-X: "
                + text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ") + "\n\n## Scope\n\ntext\n";
        LintResult linted = project.lint("business", "uc1-fuzz.md", spec.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = new ArrayList<>(linted.findings());
        findings.add(new Finding("fuzz-rule", Severity.WARNING, text, SourcePosition.START, text, text, text));
        findings.sort(Finding.ORDER);
        LintResult result = new LintResult(findings, linted.statistics(), linted.specs(), linted.index(),
                linted.baseDirectory(), linted.rulesRun(), linted.tests(), linted.designs(),
                Triage.untriaged(findings, linted.specs()));
        ReadableReports.checkLogLines(result);
        ReadableReports.checkSummary(result);
        ReadableReports.writeAndParse(result, root.resolve("reports"));
    }

    /** Every character as a YAML escape, so the id holds exactly the fuzzed text. */
    private static String yamlEscaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() * 6);
        text.chars().forEach(c -> escaped.append(String.format("\\u%04X", c)));
        return escaped.toString();
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
