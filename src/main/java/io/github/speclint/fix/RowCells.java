package io.github.speclint.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one written table row's cells lie, split as GFM splits them (on pipes not escaped by a backslash, the pipes
 * at both ends optional), and where a new cell goes so that the row's own text stays as written.
 */
final class RowCells {

    private final int contentStart;
    private final int contentEnd;
    private final int leadingPipe;
    private final int trailingPipe;
    private final List<Integer> separators;

    private RowCells(int contentStart, int contentEnd, int leadingPipe, int trailingPipe, List<Integer> separators) {
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
        this.leadingPipe = leadingPipe;
        this.trailingPipe = trailingPipe;
        this.separators = separators;
    }

    static RowCells of(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        int end = line.length();
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        List<Integer> pipes = new ArrayList<>();
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes.add(i);
            }
        }
        int leading = !pipes.isEmpty() && pipes.get(0) == start ? start : -1;
        int trailing = !pipes.isEmpty() && pipes.get(pipes.size() - 1) == end - 1 && end - 1 != leading ? end - 1
                : -1;
        List<Integer> separators = pipes.stream().filter(pipe -> pipe != leading && pipe != trailing).toList();
        return new RowCells(start, end, leading, trailing, separators);
    }

    int count() {
        return separators.size() + 1;
    }

    /**
     * New cells before the cell at {@code index} (at the end for an index past the last cell): the character offset
     * in the line and the text to insert there.
     */
    Cell before(int index, List<String> cells) {
        String afterPipe = cells.stream().map(cell -> " " + cell + " |").reduce("", String::concat);
        if (index > 0 && index < count()) {
            return new Cell(separators.get(index - 1) + 1, afterPipe);
        }
        if (index == 0) {
            return leadingPipe >= 0 ? new Cell(leadingPipe + 1, afterPipe)
                    : new Cell(contentStart, "| " + String.join(" | ", cells) + " | ");
        }
        return trailingPipe >= 0 ? new Cell(trailingPipe + 1, afterPipe)
                : new Cell(contentEnd, " | " + String.join(" | ", cells) + " |");
    }

    /** @param column the character offset in the line */
    record Cell(int column, String text) {
    }
}
