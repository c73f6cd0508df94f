package io.github.speclint.parse;

import io.github.speclint.model.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/** Maps commonmark's 0-based source spans of the body back to 1-based lines and columns of the file. */
final class SourceMap {

    private final String[] lines;
    private final int firstLine;

    SourceMap(String body, int firstLine) {
        this.lines = body.split("\n", -1);
        this.firstLine = firstLine;
    }

    SourcePosition position(Node node, SourcePosition fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return fallback;
        }
        SourceSpan first = spans.get(0);
        return SourcePosition.of(firstLine + first.getLineIndex(), first.getColumnIndex() + 1);
    }

    /** Where the node's text starts, past any blanks its span begins with (a table cell's span holds its padding). */
    SourcePosition contentPosition(Node node, SourcePosition fallback) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return fallback;
        }
        SourceSpan first = spans.get(0);
        String line = lines[first.getLineIndex()];
        int start = first.getColumnIndex();
        int end = Math.min(line.length(), start + first.getLength());
        int column = start;
        while (column < end && Character.isWhitespace(line.charAt(column))) {
            column++;
        }
        return SourcePosition.of(firstLine + first.getLineIndex(), (column < end ? column : start) + 1);
    }

    SourcePosition position(Node node) {
        return position(node, SourcePosition.of(firstLine, 1));
    }

    /** The node's text as written, its lines joined with a space. */
    String raw(Node node) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : node.getSourceSpans()) {
            String line = lines[span.getLineIndex()];
            int from = Math.min(span.getColumnIndex(), line.length());
            int to = Math.min(from + span.getLength(), line.length());
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(line, from, to);
        }
        return text.toString();
    }

    /** The whole source line that holds the node's first span. */
    String firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? "" : lines[spans.get(0).getLineIndex()];
    }
}
