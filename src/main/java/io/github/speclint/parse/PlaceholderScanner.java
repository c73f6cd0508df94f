package io.github.speclint.parse;

import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Ids;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.SourcePosition;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template text left outside code: {@code [SCREAMING_CASE]} tokens anywhere, and bracketed guidance such as
 * {@code [What this specification covers]} where it stands in for the content of a paragraph, cell, list item or
 * the text after a label, an id or a dash. Code spans, code blocks and HTML comments are never looked at.
 */
final class PlaceholderScanner {

    private static final Pattern TOKEN = Placeholder.TOKEN_PATTERN;
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]\\n]+)\\]");
    private static final Set<String> CHECKBOXES = Set.of(" ", "x", "X", "!");
    private static final char MASK = '\u0001';

    private final SourceMap map;
    private final Node title;
    private final List<Placeholder> found = new ArrayList<>();

    private PlaceholderScanner(SourceMap map, Node title) {
        this.map = map;
        this.title = title;
    }

    /** Scans one top-level block; the title heading is left to the title rule. */
    static List<Placeholder> scan(Node block, SourceMap map, Node title) {
        PlaceholderScanner scanner = new PlaceholderScanner(map, title);
        scanner.visit(block);
        return scanner.found;
    }

    static List<Placeholder> scan(List<FrontMatterEntry> entries) {
        List<Placeholder> found = new ArrayList<>();
        for (FrontMatterEntry entry : entries) {
            Matcher token = TOKEN.matcher(entry.source());
            while (token.find()) {
                if (notATemplateToken(entry.source(), token.start(), token.group())) {
                    continue;
                }
                SourcePosition at = entry.valuePosition();
                found.add(new Placeholder(token.group(), Placeholder.Kind.TOKEN, at.withColumn(at.column()
                        + token.start())));
            }
        }
        return found;
    }

    private void visit(Node node) {
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlock
                || node == title) {
            return;
        }
        if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
            scanLeaf(node);
            return;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }

    private void scanLeaf(Node leaf) {
        FlatText flat = new FlatText();
        flatten(leaf, flat);
        String text = flat.text.toString();
        boolean leadingCheckbox = leaf instanceof Paragraph && leaf.getParent() instanceof ListItem
                && leaf.getPrevious() == null;
        Set<Integer> tokenStarts = new java.util.HashSet<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            if ((leadingCheckbox && token.start() == 0 && token.group().length() == 3) || notATemplateToken(text,
                    token.start(), token.group())) {
                continue;
            }
            tokenStarts.add(token.start());
            found.add(new Placeholder(token.group(), Placeholder.Kind.TOKEN, flat.positionAt(token.start())));
        }
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            String inner = bracketed.group(1);
            if (tokenStarts.contains(bracketed.start()) || CHECKBOXES.contains(inner) || inner.startsWith("^")
                    || inner.indexOf(MASK) >= 0) {
                continue;
            }
            if (standsAlone(text.substring(0, bracketed.start()), text.substring(bracketed.end()))) {
                found.add(new Placeholder(bracketed.group(), Placeholder.Kind.GUIDANCE,
                        flat.positionAt(bracketed.start())));
            }
        }
    }

    /**
     * Brackets right after a word are notation ({@code List[ITEM_ID]}, {@code ids[0]}), and a bracketed layer id
     * names a spec or criterion ({@code [FUN-CHECKOUT]}): neither is a template placeholder.
     */
    private static boolean notATemplateToken(String text, int start, String token) {
        boolean glued = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
        return glued || Ids.isSpecId(token.substring(1, token.length() - 1));
    }

    /** Guidance stands where content belongs: alone, or after a label, id or dash, and before nothing else. */
    private static boolean standsAlone(String before, String after) {
        String head = before.strip();
        String tail = after.strip();
        boolean opens = head.isEmpty() || head.endsWith(":") || head.endsWith("—") || head.endsWith("–")
                || head.endsWith(" -") || head.equals("-") || isCheckbox(head);
        boolean closes = tail.isEmpty() || tail.equalsIgnoreCase("(untestable)");
        return opens && closes;
    }

    private static boolean isCheckbox(String text) {
        return text.length() == 3 && text.charAt(0) == '[' && text.charAt(2) == ']';
    }

    private void flatten(Node node, FlatText flat) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                flat.append(text.getLiteral(), map.position(child, flat.lastPosition(map.position(node))));
            } else if (child instanceof Code code) {
                flat.mask(code.getLiteral().length() + 2);
            } else if (child instanceof HtmlInline html) {
                flat.mask(html.getLiteral().length());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                flat.mask(0);
                flat.text.append(' ');
            } else {
                if (child instanceof Link link) {
                    scanDestination(link);
                }
                flatten(child, flat);
            }
        }
    }

    private void scanDestination(Link link) {
        Matcher token = TOKEN.matcher(link.getDestination());
        while (token.find()) {
            found.add(new Placeholder(token.group(), Placeholder.Kind.TOKEN, map.position(link)));
        }
    }

    /** Inline text with each piece's start position, so that an offset maps back to a line and column. */
    private static final class FlatText {
        final StringBuilder text = new StringBuilder();
        final List<int[]> anchors = new ArrayList<>();
        final List<SourcePosition> positions = new ArrayList<>();

        void append(String literal, SourcePosition position) {
            anchors.add(new int[] {text.length()});
            positions.add(position);
            text.append(literal);
        }

        void mask(int length) {
            text.append(String.valueOf(MASK).repeat(length));
        }

        SourcePosition lastPosition(SourcePosition fallback) {
            return positions.isEmpty() ? fallback : positions.get(positions.size() - 1);
        }

        SourcePosition positionAt(int offset) {
            for (int i = anchors.size() - 1; i >= 0; i--) {
                int start = anchors.get(i)[0];
                if (start <= offset) {
                    SourcePosition at = positions.get(i);
                    return at.withColumn(at.column() + offset - start);
                }
            }
            return positions.isEmpty() ? SourcePosition.START : positions.get(0);
        }
    }
}
