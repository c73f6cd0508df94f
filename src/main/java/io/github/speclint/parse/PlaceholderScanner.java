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

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds template text left outside code, where it stands on the line: in a paragraph, a heading, a table cell, a
 * link's destination or a front-matter value. With the exact bracketed phrases of the spec's template
 * ({@code [What this specification covers]}, {@code [SERVICE_NAME]}), each of them is found wherever it stands.
 * Without them (the built-in schemas) the template's conventions stand in: {@code [SCREAMING_CASE]} tokens anywhere,
 * and bracketed guidance where it stands in for content (alone, or after a label, an id or a dash). Code spans, code
 * blocks and HTML comments are never looked at. One pass over each text.
 */
final class PlaceholderScanner {

    private static final Set<String> CHECKBOXES = Set.of(" ", "x", "X", "!");
    private static final char MASK = '\u0001';
    private static final String UNTESTABLE = "(untestable)";

    private final SourceMap map;
    private final Node title;
    private final Set<String> phrases;
    private final Placeholders found;

    private PlaceholderScanner(SourceMap map, Node title, Set<String> phrases, Placeholders found) {
        this.map = map;
        this.title = title;
        this.phrases = phrases;
        this.found = found;
    }

    /**
     * Scans one top-level block; the title heading is left to the title rule.
     *
     * @param phrases the template's bracketed phrases, or none to go by the placeholder conventions
     */
    static void scan(Node block, SourceMap map, Node title, Set<String> phrases, Placeholders found) {
        new PlaceholderScanner(map, title, phrases, found).visit(block);
    }

    static void scan(List<FrontMatterEntry> entries, Set<String> phrases, Placeholders found) {
        for (FrontMatterEntry entry : entries) {
            String text = entry.source();
            SourcePosition at = entry.valuePosition();
            forEachBracket(text, (start, end) -> {
                String phrase = text.substring(start, end);
                boolean placeholder = phrases.isEmpty() ? isToken(text, start, end) : phrases.contains(phrase);
                if (placeholder) {
                    found.add(new Placeholder(phrase, kind(text, start, end), at.withColumn(at.column() + start)));
                }
            });
        }
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
        Node only = leaf.getFirstChild();
        if (only == null || only == leaf.getLastChild() && only instanceof Text text
                && text.getLiteral().indexOf('[') < 0) {
            // most leaves are one piece of text without a bracket: nothing to flatten, nothing to find
            return;
        }
        FlatText flat = new FlatText(map);
        flatten(leaf, flat);
        String text = flat.text();
        boolean leadingCheckbox = leaf instanceof Paragraph && leaf.getParent() instanceof ListItem
                && leaf.getPrevious() == null;
        forEachBracket(text, (start, end) -> {
            if (end - start == 3 && CHECKBOXES.contains(text.substring(start + 1, start + 2))
                    || text.charAt(start + 1) == '^' || masked(text, start, end)) {
                return;
            }
            String phrase = text.substring(start, end);
            boolean placeholder;
            if (!phrases.isEmpty()) {
                placeholder = phrases.contains(phrase);
            } else if (isToken(text, start, end)) {
                placeholder = !(leadingCheckbox && start == 0 && end == 3);
            } else {
                placeholder = standsAlone(text, start, end);
            }
            if (placeholder) {
                found.add(new Placeholder(phrase, kind(text, start, end), flat.positionAt(start)));
            }
        });
    }

    private static boolean masked(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == MASK) {
                return true;
            }
        }
        return false;
    }

    private static Placeholder.Kind kind(String text, int start, int end) {
        return Placeholder.isToken(text.substring(start, end)) ? Placeholder.Kind.TOKEN : Placeholder.Kind.GUIDANCE;
    }

    /**
     * A {@code [SCREAMING_CASE]} token that is not notation: brackets right after a word ({@code List[ITEM_ID]},
     * {@code ids[0]}) and a bracketed layer id naming a spec or criterion ({@code [FUN-CHECKOUT]}) are not.
     */
    private static boolean isToken(String text, int start, int end) {
        String token = text.substring(start, end);
        boolean glued = start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
        return Placeholder.isToken(token) && !glued && !Ids.isSpecId(token.substring(1, token.length() - 1));
    }

    /** Guidance stands where content belongs: alone, or after a label, id or dash, and before nothing else. */
    private static boolean standsAlone(String text, int start, int end) {
        int head = start;
        while (head > 0 && Character.isWhitespace(text.charAt(head - 1))) {
            head--;
        }
        boolean opens = head == 0 || text.charAt(head - 1) == ':' || text.charAt(head - 1) == '—'
                || text.charAt(head - 1) == '–' || endsWithDash(text, head) || isCheckbox(text, head);
        int tail = skipBlanks(text, end);
        if (tail < text.length() && text.regionMatches(true, tail, UNTESTABLE, 0, UNTESTABLE.length())) {
            tail = skipBlanks(text, tail + UNTESTABLE.length());
        }
        return opens && tail == text.length();
    }

    private static boolean endsWithDash(String text, int head) {
        return text.charAt(head - 1) == '-' && (head == 1 || Character.isWhitespace(text.charAt(head - 2)));
    }

    /** The text before is exactly a checkbox such as {@code [x]}. */
    private static boolean isCheckbox(String text, int head) {
        return head == 3 && text.charAt(0) == '[' && text.charAt(2) == ']';
    }

    private static int skipBlanks(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Calls back with each innermost {@code [...]} on one line, in one left-to-right pass. */
    private static void forEachBracket(String text, BracketVisitor visitor) {
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                open = i;
            } else if (c == '\n') {
                open = -1;
            } else if (c == ']' && open >= 0) {
                if (i > open + 1) {
                    visitor.bracket(open, i + 1);
                }
                open = -1;
            }
        }
    }

    private interface BracketVisitor {
        void bracket(int start, int end);
    }

    private void flatten(Node node, FlatText flat) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                flat.append(text.getLiteral(), child, node);
            } else if (child instanceof Code code) {
                flat.mask(code.getLiteral().length() + 2);
            } else if (child instanceof HtmlInline html) {
                // a comment is not there for the reader (a speclint-disable-line after guidance, say); other HTML is
                if (!html.getLiteral().startsWith("<!--")) {
                    flat.mask(html.getLiteral().length());
                }
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                flat.blank();
            } else {
                if (child instanceof Link link) {
                    scanDestination(link);
                }
                flatten(child, flat);
            }
        }
    }

    private void scanDestination(Link link) {
        String destination = link.getDestination();
        forEachBracket(destination, (start, end) -> {
            String phrase = destination.substring(start, end);
            if (phrases.isEmpty() ? Placeholder.isToken(phrase) : phrases.contains(phrase)) {
                found.add(new Placeholder(phrase, Placeholder.Kind.TOKEN, map.position(link)));
            }
        });
    }

    /**
     * Inline text with each piece's node, so that an offset maps back to a line and column. Positions are worked out
     * only for the few offsets that hold a placeholder, not for every piece of every leaf.
     */
    private static final class FlatText {
        /** Most leaves are one text node: its literal is the text, and no builder or copy is needed. */
        private String only = "";
        private StringBuilder joined;
        private final SourceMap map;
        private int[] anchors = new int[4];
        private Node[] pieces = new Node[4];
        private Node firstParent;
        private int size;

        FlatText(SourceMap map) {
            this.map = map;
        }

        void append(String literal, Node piece, Node parent) {
            if (size == anchors.length) {
                anchors = Arrays.copyOf(anchors, size * 2);
                pieces = Arrays.copyOf(pieces, size * 2);
            }
            if (size == 0) {
                firstParent = parent;
            }
            anchors[size] = length();
            pieces[size++] = piece;
            if (joined == null && only.isEmpty()) {
                only = literal;
            } else {
                builder().append(literal);
            }
        }

        void mask(int length) {
            StringBuilder text = builder();
            for (int i = 0; i < length; i++) {
                text.append(MASK);
            }
        }

        /** A line break reads as a space. */
        void blank() {
            builder().append(' ');
        }

        String text() {
            return joined == null ? only : joined.toString();
        }

        private int length() {
            return joined == null ? only.length() : joined.length();
        }

        private StringBuilder builder() {
            if (joined == null) {
                joined = new StringBuilder(only);
            }
            return joined;
        }

        /** A piece without a span starts where the piece before it does; the first one where its parent does. */
        private SourcePosition piecePosition(int index) {
            for (int i = index; i >= 0; i--) {
                if (!pieces[i].getSourceSpans().isEmpty()) {
                    return map.position(pieces[i]);
                }
            }
            return map.position(firstParent);
        }

        /** The piece holding the offset is found by binary search: a leaf may have very many pieces. */
        SourcePosition positionAt(int offset) {
            int low = 0;
            int high = size - 1;
            int best = -1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                if (anchors[middle] <= offset) {
                    best = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            if (best < 0) {
                return size == 0 ? SourcePosition.START : piecePosition(0);
            }
            SourcePosition at = piecePosition(best);
            return at.withColumn(at.column() + offset - anchors[best]);
        }
    }
}
