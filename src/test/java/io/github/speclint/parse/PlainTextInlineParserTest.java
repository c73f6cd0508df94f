package io.github.speclint.parse;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shortcut for plain inline text builds exactly the tree commonmark's own inline parser builds. */
class PlainTextInlineParserTest {

    private static final Parser COMMONMARK = Parser.builder().extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Test
    void everyMarkdownFileOfTheProjectParsesToTheSameTree() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("src/test/resources", "src/it", "examples", "../shared/corpus")) {
            if (Files.isDirectory(Path.of(root))) {
                try (Stream<Path> walk = Files.walk(Path.of(root))) {
                    walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).forEach(files::add);
                }
            }
        }
        assertTrue(files.size() > 100, "too few files to compare: " + files.size());
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertEquals(dump(COMMONMARK.parse(text)), dump(SpecMarkdown.parse(text)), file.toString());
        }
    }

    @Test
    void randomLinesOfMarkupCharactersParseToTheSameTree() {
        String alphabet = "ab Z9\t \\`&<>*_[]!()|#-:~^\"'.\n";
        assertSameTrees(9, 10_000, random -> {
            String text = line(random, alphabet, 40);
            return random.nextBoolean() ? text : "| a | b |\n|---|---|\n| " + text.replace('\n', ' ') + " | x |\n";
        });
    }

    @Test
    void randomBracketsWithAndWithoutReferenceDefinitionsParseToTheSameTree() {
        String alphabet = "ab x[[]]]() :!";
        assertSameTrees(11, 20_000, random -> {
            String line = line(random, alphabet, 24);
            String definitions = switch (random.nextInt(3)) {
                case 0 -> "";
                case 1 -> "[a]: /a\n[X]: /x\n\n";
                default -> "[ a  b ]: /ab\n\n";
            };
            return definitions + (random.nextBoolean() ? "- " + line + "\n"
                    : "| a | b |\n|---|---|\n| " + line + " | x |\n");
        });
    }

    private static void assertSameTrees(long seed, int inputs, Function<Random, String> input) {
        Random random = new Random(seed);
        for (int i = 0; i < inputs; i++) {
            String text = input.apply(random);
            assertEquals(dump(COMMONMARK.parse(text)), dump(SpecMarkdown.parse(text)), text);
        }
    }

    @Test
    void aCheckboxIsTextAndADefinedLabelStillALink() {
        String criterion = dump(SpecMarkdown.parse("- [x] BUS-A-001: the user [sees] it\n"));
        assertTrue(criterion.contains("Text \"[x] BUS-A-001: the user [sees] it\" [0:2+33@2]"), criterion);

        String defined = dump(SpecMarkdown.parse("[sees]: /eyes\n\n- [x] the user [sees] it\n"));
        assertTrue(defined.contains("Link (/eyes null)"), defined);
        assertEquals(dump(COMMONMARK.parse("[sees]: /eyes\n\n- [x] the user [sees] it\n")), defined);
    }

    @Test
    void plainCellsHeadingsAndLinesBecomeOneTextNodeWithTheirSpan() {
        Node document = SpecMarkdown.parse("## Scope\n\n| Service | Type |\n|---|---|\n| web | app |\n\nplain line\n");
        String tree = dump(document);

        assertTrue(tree.contains("Text \"Scope\" [0:3+5@3]"), tree);
        assertTrue(tree.contains("Text \"web\" [4:2+3@41]"), tree);
        assertTrue(tree.contains("Text \"plain line\" [6:0+10@54]"), tree);
    }

    /** Up to {@code maxLength - 1} characters drawn from the alphabet. */
    private static String line(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength);
        for (int j = 0; j < length; j++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String dump(Node node) {
        StringBuilder out = new StringBuilder();
        dump(node, 0, out);
        return out.toString();
    }

    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName());
        if (node instanceof Text text) {
            out.append(" \"").append(text.getLiteral()).append('"');
        } else if (node instanceof Code code) {
            out.append(" `").append(code.getLiteral()).append('`');
        } else if (node instanceof HtmlInline html) {
            out.append(" <").append(html.getLiteral()).append('>');
        } else if (node instanceof Link link) {
            out.append(" (").append(link.getDestination()).append(' ').append(link.getTitle()).append(')');
        }
        for (SourceSpan span : node.getSourceSpans()) {
            out.append(" [").append(span.getLineIndex()).append(':').append(span.getColumnIndex()).append('+')
                    .append(span.getLength()).append('@').append(span.getInputIndex()).append(']');
        }
        out.append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }
}
