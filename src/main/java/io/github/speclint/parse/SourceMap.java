package io.github.speclint.parse;

import io.github.speclint.model.SourcePosition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.List;

/**
 * Maps commonmark's 0-based source spans of the body back to 1-based lines and columns of the file. Lines are kept as
 * offsets into the body, not as copies of it.
 */
final class SourceMap {

    private final String body;
    /** Where each line starts in the body; one more entry than lines, the last one past the end. */
    private final int[] lineStarts;
    private final int firstLine;

    SourceMap(String body, int firstLine) {
        this.body = body;
        this.firstLine = firstLine;
        int[] starts = new int[64];
        int lines = 1;
        for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
            if (lines + 1 >= starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[lines++] = i + 1;
        }
        starts[lines] = body.length() + 1;
        lineStarts = starts;
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
        int lineStart = lineStarts[first.getLineIndex()];
        int length = lineLength(first.getLineIndex());
        int start = first.getColumnIndex();
        int end = Math.min(length, start + first.getLength());
        int column = start;
        while (column < end && Character.isWhitespace(body.charAt(lineStart + column))) {
            column++;
        }
        return SourcePosition.of(firstLine + first.getLineIndex(), (column < end ? column : start) + 1);
    }

    SourcePosition position(Node node) {
        return position(node, SourcePosition.of(firstLine, 1));
    }

    /** The node's text as written, its lines joined with a space. */
    String raw(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.size() == 1) {
            SourceSpan span = spans.get(0);
            int[] range = range(span);
            return body.substring(range[0], range[1]);
        }
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : spans) {
            int[] range = range(span);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(body, range[0], range[1]);
        }
        return text.toString();
    }

    /** Where the node's n-th line starts: its n-th span when it has one, else the column 1 of that line. */
    SourcePosition lineStart(Node node, int index) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (index < spans.size()) {
            SourceSpan span = spans.get(index);
            return SourcePosition.of(firstLine + span.getLineIndex(), span.getColumnIndex() + 1);
        }
        return SourcePosition.of(position(node).line() + index, 1);
    }

    /** The span's start and end offsets in the body, clipped to its line. */
    private int[] range(SourceSpan span) {
        int length = lineLength(span.getLineIndex());
        int from = Math.min(span.getColumnIndex(), length);
        int to = Math.min(from + span.getLength(), length);
        int lineStart = lineStarts[span.getLineIndex()];
        return new int[] {lineStart + from, lineStart + to};
    }

    private int lineLength(int line) {
        return lineStarts[line + 1] - 1 - lineStarts[line];
    }
}
