package io.github.speclint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintResult;
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

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every output of a run read back as its consumer reads it, for tests that feed hostile text. */
public final class ReadableReports {

    /** Characters no output line may hold raw (tab aside). */
    public static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069"
            + "\\p{Cs}&&[^\\t]]");
    private static final Parser GFM = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadableReports() {
    }

    /** Writes every report file into {@code folder} and reads each with a strict parser; returns the files. */
    public static List<Path> writeAndParse(LintResult result, Path folder) throws Exception {
        List<Path> files = ReportWriter.write(EnumSet.allOf(ReportFormat.class), result, folder);
        assertEquals(5, files.size(), files.toString());
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json") || name.endsWith(".sarif")) {
                assertTrue(JSON.readTree(file.toFile()).size() > 0, name);
            } else {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            }
        }
        return files;
    }

    /** The console lines and GitHub workflow commands: one line each, nothing a terminal or a runner acts on. */
    public static List<String> checkLogLines(LintResult result) {
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(ConsoleFormat.line(f)));
        result.findings().forEach(f -> lines.add(ConsoleFormat.fileHeader(f.path(), List.of(f))));
        lines.add(ConsoleFormat.ruleCounts(result.findings()));
        lines.add(ConsoleFormat.summary(result.statistics()));
        lines.forEach(line -> assertFalse(UNSAFE.matcher(line).find(), line));
        List<String> commands = GithubReport.annotations(result);
        assertEquals(result.findings().size(), commands.size());
        for (String command : commands) {
            assertFalse(UNSAFE.matcher(command).find(), command);
            assertTrue(command.matches("::(error|warning|notice) file=[^,:]*,line=\\d+,col=\\d+,title=[^,:]+::.*"),
                    command);
        }
        lines.addAll(commands);
        return lines;
    }

    /**
     * The job summary read as GitHub reads it: a table of rules and a table of findings, each row with its cells,
     * and no HTML or link anywhere.
     */
    public static String checkSummary(LintResult result) {
        String markdown = GithubReport.summary(result);
        Node document = GFM.parse(markdown);
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
        assertEquals(List.of(), raw, "no HTML and no link is read from the summary:\n" + markdown);
        if (result.findings().isEmpty()) {
            return markdown;
        }
        int rules = (int) result.findings().stream().map(Finding::ruleId).distinct().count();
        assertEquals(List.of(rules, Math.min(result.findings().size(), GithubReport.SUMMARY_LIMIT)), rowsPerTable,
                markdown);
        assertTrue(cellsPerRow.subList(0, rules).stream().allMatch(cells -> cells == 2)
                && cellsPerRow.subList(rules, cellsPerRow.size()).stream().allMatch(cells -> cells == 4),
                "each row keeps its cells: " + cellsPerRow + "\n" + markdown);
        return markdown;
    }
}
