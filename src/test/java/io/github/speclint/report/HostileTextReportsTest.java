package io.github.speclint.report;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.SpecTrees;
import io.github.speclint.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output of a tree written by an attacker: a file name holding a line break and a GitHub workflow command, a
 * file name holding a terminal escape, and YAML values holding control characters, a lone surrogate, a bidi override
 * and Markdown/HTML ({@code <!--}, {@code |}). Every format is read back with a strict parser.
 */
class HostileTextReportsTest {

    /** A line break, a workflow command, then a name that ends the spec like any other. */
    static final String NEWLINE_NAME = "uc7-a\n::error file=pom.xml,line=1,col=1,title=pwned::owned.md";
    static final String ESCAPE_NAME = "uc8-\u001B[31mred\u001B[0m.md";
    /** What a terminal, a log or a parser must not take as its own: each as a YAML double-quoted escape. */
    static final String HOSTILE_ID = "BUS-<!-- |x| \\x07\\x00\\x1b[2J\\uD800\\u202Eevil\\u2028\\x85 ` <b>@team $x$";

    @TempDir
    static Path project;
    static LintResult result;

    @BeforeAll
    static void lintHostileTree() throws IOException {
        Path docs = project.resolve("docs");
        SpecTrees.copy(Path.of("src/it/clean-tree/docs"), docs);
        Files.writeString(docs.resolve("business").resolve(NEWLINE_NAME), spec("BUS-NEWLINE", "Newline"));
        Files.writeString(docs.resolve("business").resolve(ESCAPE_NAME), spec("BUS-ESCAPE", "Escape"));
        Files.writeString(docs.resolve("business").resolve("uc9-hostile.md"),
                spec("\"" + HOSTILE_ID + "\"", "Hostile <!-- title |"));
        result = new Linter().lint(LintRequest.of(docs, project));
    }

    private static String spec(String id, String title) {
        return "---\nid: " + id + "\nstatus: \"draft\\x1b]0;title\\x07\"\ncreated: 2026-01-01\n---\n\n# UC9-X: "
                + title + "\n\n## Scope\n\ntext\n";
    }

    @Test
    void theTreeGivesFindingsThatQuoteTheHostileText() {
        List<String> paths = result.findings().stream().map(Finding::path).distinct().toList();
        assertTrue(paths.contains("docs/business/uc7-a\\n::error file=pom.xml,line=1,col=1,title=pwned::owned.md"),
                "the line break is shown as \\n: " + paths);
        assertTrue(paths.contains("docs/business/uc8-\\u001B[31mred\\u001B[0m.md"), paths.toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("<!-- |x| \\u0007\\u0000\\u001B[2J"
                + "\\uD800\\u202Eevil\\u2028\\u0085")), "the id is quoted, each character escaped: "
                + result.findings());
    }

    @Test
    void noLogLineBreaksOrHoldsAControlCharacterAndEachFindingIsOneWorkflowCommand() {
        List<String> lines = ReadableReports.checkLogLines(result);
        assertTrue(lines.stream().anyMatch(l -> l.contains("uc7-a\\n::error file=pom.xml")));
        assertTrue(lines.stream().filter(l -> l.startsWith("::")).allMatch(l -> l.matches("::\\w+ file=docs/.*")),
                "each command names a file of the tree");
    }

    @Test
    void everyReportIsReadByAStrictParser() throws Exception {
        List<Path> files = ReadableReports.writeAndParse(result, project.resolve("target/speclint"));
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(Pattern.compile("[\\p{Cs}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]").matcher(text).find(),
                    file + " holds a character XML cannot");
            if (file.toString().endsWith(".json")) {
                assertFalse(text.contains("uc7-a\\n::"), file + ": a JSON escape of a line break reads back as one");
            }
            // XML holds the escape as it is, JSON escapes its backslash, a SARIF URI percent-encodes it
            assertTrue(Stream.of("uc7-a\\n::error", "uc7-a\\\\n::error", "uc7-a%5Cn::error").anyMatch(text::contains),
                    file + " names the file, its line break escaped");
        }
    }

    @Test
    void theJobSummaryIsATableOfTextNothingElse() {
        String markdown = ReadableReports.checkSummary(result);
        assertTrue(markdown.contains("\\<!-- \\|x\\|"), "the id is in the summary, its markup escaped: " + markdown);
    }
}
