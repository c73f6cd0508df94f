package io.github.speclint.parse;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
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
        }
        full.parse(lines, block);
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
                        || open > 0 && isLabel(content.subSequence(openers[--open] + 1, i))) {
                    return false;
                }
            } else if (c == '\0' || special.get(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean isLabel(CharSequence text) {
        return mayDefineLabels && context.getDefinition(LinkReferenceDefinition.class, text.toString()) != null;
    }
}
