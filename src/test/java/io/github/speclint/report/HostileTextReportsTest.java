package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.SpecTrees;
import io.github.speclint.model.Finding;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    /** Characters no output may hold raw (tab aside). */
    static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069"
            + "\\p{Cs}&&[^\\t]]");

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
    void noConsoleLineBreaksOrHoldsAControlCharacter() {
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(ConsoleFormat.line(f)));
        result.findings().forEach(f -> lines.add(ConsoleFormat.fileHeader(f.path(), List.of(f))));
        lines.add(ConsoleFormat.ruleCounts(result.findings()));
        lines.add(ConsoleFormat.summary(result.statistics()));
        for (String line : lines) {
            assertFalse(UNSAFE.matcher(line).find(), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("uc7-a\\n::error file=pom.xml")));
    }

    @Test
    void eachFindingIsOneWorkflowCommandNamingItsOwnFile() {
        List<String> commands = GithubReport.annotations(result);
        assertEquals(result.findings().size(), commands.size());
        for (String command : commands) {
            assertFalse(UNSAFE.matcher(command).find(), command);
            assertTrue(command.matches("::(error|warning|notice) file=docs/[^,:]+,line=\\d+,col=\\d+,title=[a-z-]+::.*"),
                    command);
        }
    }

    @Test
    void everyReportIsReadByAStrictParser() throws Exception {
        List<Path> files = ReportWriter.write(EnumSet.allOf(ReportFormat.class), result,
                project.resolve("target/speclint"));
        assertEquals(5, files.size(), files.toString());
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (name.endsWith(".json") || name.endsWith(".sarif")) {
                JsonNode json = new ObjectMapper().readTree(text);
                assertTrue(json.size() > 0, name);
                assertFalse(text.contains("uc7-a\\n::"), name + ": a JSON escape of a line break reads back as one");
            } else {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
                assertFalse(Pattern.compile("[\\p{Cs}\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]").matcher(text).find(),
                        name + " holds a character XML cannot");
            }
            // XML holds the escape as it is, JSON escapes its backslash, a SARIF URI percent-encodes it
            assertTrue(Stream.of("uc7-a\\n::error", "uc7-a\\\\n::error", "uc7-a%5Cn::error").anyMatch(text::contains),
                    name + " names the file, its line break escaped");
        }
    }

    @Test
    void theJobSummaryIsATableOfTextNothingElse() {
        String markdown = GithubReport.summary(result);
        Node document = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown);
        List<Node> raw = new ArrayList<>();
        List<Integer> rowsPerTable = new ArrayList<>();
        List<Integer> cellsPerRow = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline html) {
                raw.add(html);
            }

            @Override
            public void visit(HtmlBlock html) {
                raw.add(html);
            }

            @Override
            public void visit(Link link) {
                raw.add(link);
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock) {
                    TableBody body = (TableBody) block.getLastChild();
                    int rows = 0;
                    for (Node row = body.getFirstChild(); row != null; row = row.getNext(), rows++) {
                        int cells = 0;
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            cells++;
                        }
                        cellsPerRow.add(cells);
                    }
                    rowsPerTable.add(rows);
                }
                visitChildren(block);
            }
        });

        assertTrue(markdown.contains("<!--") || markdown.contains("\\<!--"), "the id is in the summary: " + markdown);
        assertEquals(List.of(), raw, "no HTML and no link is read from the summary:\n" + markdown);
        long rules = result.findings().stream().map(Finding::ruleId).distinct().count();
        assertEquals(List.of((int) rules, Math.min(result.findings().size(), GithubReport.SUMMARY_LIMIT)),
                rowsPerTable, markdown);
        assertTrue(cellsPerRow.subList((int) rules, cellsPerRow.size()).stream().allMatch(cells -> cells == 4),
                "each finding row keeps its four cells: " + cellsPerRow + "\n" + markdown);
    }
}
