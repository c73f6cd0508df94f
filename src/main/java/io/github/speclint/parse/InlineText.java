package io.github.speclint.parse;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a node's inline content, as a reader sees it: markup gone, code kept, comments dropped. */
public final class InlineText {

    private InlineText() {
    }

    public static String of(Node node) {
        Node only = node.getFirstChild();
        if (only instanceof Text single && only.getNext() == null) {
            return single.getLiteral().strip();  // most cells and headings: no builder needed
        }
        StringBuilder text = new StringBuilder();
        append(node, text);
        return text.toString().strip();
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (!(child instanceof HtmlInline)) {
                append(child, text);
            }
        }
    }
}
