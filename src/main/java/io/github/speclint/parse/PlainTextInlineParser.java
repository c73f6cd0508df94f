package io.github.speclint.parse;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Emphasis;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.delimiter.DelimiterProcessor;

import java.util.BitSet;
import java.util.List;

/**
 * commonmark's inline parser with a shortcut for the most common inline content of a spec: one line of plain text
 * (most table cells, headings and short paragraphs), or of text whose only markup is brackets that form no link
 * (the {@code [x]} of every criterion). commonmark sets up a scanner and a fresh set of inline parsers for every
 * cell and paragraph; for such a line its result is always one text node with the line's source span, which this
 * parser builds directly. Everything else goes to commonmark's own parser, so the tree is the same either way (a
 * test compares the two on every fixture and on random lines).
 */
final class PlainTextInlineParser implements InlineParser {

    /** commonmark's own triggers: line break, brackets, image bang, backslash, code, entity, autolink/HTML, emphasis. */
    private static final String BUILT_IN_SPECIAL = "\n[]!\\`&<*_";
    /** Deeper nesting is rare enough to leave to commonmark, and keeps the scan linear. */
    private static final int MAX_OPEN_BRACKETS = 8;

    private final InlineParser full;
    private final InlineParserContext context;
    private final BitSet special = new BitSet();
    /** {@link #special} for ASCII, looked up per character of every line: a table costs no call. */
    private final boolean[] specialAscii = new boolean[128];

    /** Brackets are left to commonmark when an extension may turn them into something else. */
    private final boolean plainBrackets;
    /** False when the document has no link reference definition, so that no bracket text is a label. */
    private final boolean mayDefineLabels;

    PlainTextInlineParser(InlineParserContext context, boolean mayDefineLabels) {
        this.full = new InlineParserImpl(context);
        this.context = context;
        this.mayDefineLabels = mayDefineLabels;
        this.plainBrackets = context.getCustomLinkProcessors().isEmpty() && context.getCustomLinkMarkers().isEmpty();
        BUILT_IN_SPECIAL.chars().forEach(special::set);
        for (InlineContentParserFactory factory : context.getCustomInlineContentParserFactories()) {
            factory.getTriggerCharacters().forEach(c -> special.set(c));
        }
        for (DelimiterProcessor delimiter : context.getCustomDelimiterProcessors()) {
            special.set(delimiter.getOpeningCharacter());
            special.set(delimiter.getClosingCharacter());
        }
        context.getCustomLinkMarkers().forEach(c -> special.set(c));
        for (int c = 0; c < specialAscii.length; c++) {
            specialAscii[c] = special.get(c);
        }
    }

    @Override
    public void parse(SourceLines lines, Node block) {
        List<SourceLine> source = lines.getLines();
        if (source.size() == 1) {
            CharSequence content = source.get(0).getContent();
            if (isOneText(content)) {
                if (content.length() > 0) {
                    Text text = new Text(content.toString());
                    text.setSourceSpans(lines.getSourceSpans());
                    block.appendChild(text);
                }
                return;
            }
            if (leadingEmphasis(source.get(0), block)) {
                return;
            }
        }
        full.parse(lines, block);
    }

    /**
     * A line that opens with {@code **label**} or {@code *label*} and holds no other markup (a spec's
     * {@code **Trigger:** ...} lines, its {@code *Generated with ...*} footer) becomes the emphasis commonmark makes of
     * it, and the text after. Only the plainest shape is taken: the opening run at the line's start, a label that
     * neither starts nor ends with a blank, a closing run of the same length followed by a space or the line's end, and
     * no other character that could start markup, brackets included. commonmark's flanking rules then always pair the
     * two runs; anything else goes to commonmark.
     */
    private boolean leadingEmphasis(SourceLine line, Node block) {
        CharSequence content = line.getContent();
        SourceSpan span = line.getSourceSpan();
        int length = content.length();
        int run = 0;
        while (run < length && run < 3 && content.charAt(run) == '*') {
            run++;
        }
        if (span == null || run == 0 || run == 3 || length > 0 && isBlank(content.charAt(length - 1))) {
            return false;
        }
        int close = run;
        while (close < length && content.charAt(close) != '*') {
            if (isMarkup(content.charAt(close))) {
                return false;
            }
            close++;
        }
        int end = close + run;
        if (close == run || end > length || isBlank(content.charAt(run)) || isBlank(content.charAt(close - 1))
                || content.charAt(end - 1) != '*' || end < length && content.charAt(end) != ' ') {
            return false;
        }
        for (int i = close; i < end; i++) {
            if (content.charAt(i) != '*') {
                return false;
            }
        }
        for (int i = end; i < length; i++) {
            if (isMarkup(content.charAt(i))) {
                return false;
            }
        }
        Node emphasis = run == 2 ? new StrongEmphasis("**") : new Emphasis("*");
        emphasis.setSourceSpans(List.of(span.subSpan(0, end)));
        Text label = new Text(content.subSequence(run, close).toString());
        label.setSourceSpans(List.of(span.subSpan(run, close)));
        emphasis.appendChild(label);
        block.appendChild(emphasis);
        if (end < length) {
            Text rest = new Text(content.subSequence(end, length).toString());
            rest.setSourceSpans(List.of(span.subSpan(end, length)));
            block.appendChild(rest);
        }
        return true;
    }

    private boolean isMarkup(char c) {
        return c == '\0' || c == '[' || c == ']' || isSpecial(c);
    }

    private boolean isSpecial(char c) {
        return c < specialAscii.length ? specialAscii[c] : special.get(c);
    }

    /** Blank for any of commonmark's notions of it (ASCII whitespace, Unicode spaces), so as to stay on the safe side. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Whether commonmark makes one text node of the line: no trailing blank (which commonmark trims from the text but
     * keeps in the span), and no character that could start markup but brackets none of which makes a link. A
     * bracket pair makes a link when its {@code ]} is followed by {@code (} or {@code [} (an inline link or a full
     * reference) or its text is the label of a link reference definition of the document (a shortcut reference);
     * otherwise commonmark keeps every bracket as text, a lone one too, and merges it all into one text node. NUL is
     * commonmark's end-of-input mark and never reaches here in a decoded spec, but is left to it.
     */
    private boolean isOneText(CharSequence content) {
        int length = content.length();
        if (length > 0 && (content.charAt(length - 1) == ' ' || content.charAt(length - 1) == '\t')) {
            return false;
        }
        int[] openers = null;
        int open = 0;
        for (int i = 0; i < length; i++) {
            char c = content.charAt(i);
            if (plainBrackets && c == '[') {
                if (openers == null) {
                    openers = new int[MAX_OPEN_BRACKETS];
                }
                if (open == openers.length) {
                    return false;
                }
                openers[open++] = i;
            } else if (plainBrackets && c == ']') {
                if (i + 1 < length && (content.charAt(i + 1) == '(' || content.charAt(i + 1) == '[')
                        || open > 0 && isLabel(content, openers[--open] + 1, i)) {
                    return false;
                }
            } else if (c == '\0' || isSpecial(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code content[from, to)} is a defined label; the text is cut out only when the body defines any. */
    private boolean isLabel(CharSequence content, int from, int to) {
        return mayDefineLabels
                && context.getDefinition(LinkReferenceDefinition.class, content.subSequence(from, to).toString()) != null;
    }
}
