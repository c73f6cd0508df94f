package io.github.speclint.parse;

import io.github.speclint.model.Excerpt;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Table;
import io.github.speclint.model.TableCell;
import io.github.speclint.model.TableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads a GFM table block into header cells and rows, keeping each row's cell count as written. */
final class TableReader {

    private TableReader() {
    }

    /**
     * @param trailingComments told of each HTML comment written after a row's last cell (the place a
     *                         {@code speclint-disable-line} takes), which GFM drops as an extra cell, with its position
     */
    static Table read(TableBlock block, String label, SourceMap map,
                      BiConsumer<String, SourcePosition> trailingComments) {
        List<TableCell> header = List.of();
        List<TableRow> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head && head.getFirstChild() != null) {
                header = cells(head.getFirstChild(), map).stream()
                        .map(cell -> new TableCell(Excerpt.of(cell.text()), cell.position())).toList();
            } else if (part instanceof TableBody body) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    SourcePosition position = map.position(row);
                    String raw = map.raw(row);
                    int written = writtenCells(raw);
                    int comment = written > header.size() ? trailingComment(raw, header.size()) : -1;
                    if (comment >= 0) {
                        trailingComments.accept(raw.substring(comment),
                                position.withColumn(position.column() + comment));
                        written = header.size();
                    }
                    rows.add(new TableRow(position, cells(row, map, position), written));
                }
            }
        }
        return new Table(label, header, rows, map.position(block));
    }

    private static List<TableCell> cells(Node row, SourceMap map) {
        return cells(row, map, map.position(row));
    }

    private static List<TableCell> cells(Node row, SourceMap map, SourcePosition rowPosition) {
        List<TableCell> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cells.add(new TableCell(InlineText.of(cell), map.contentPosition(cell, rowPosition)));
        }
        return cells;
    }

    /**
     * Where the HTML comment that is all a row holds past its first {@code width} cells starts, or -1 when there is
     * none: {@code | a | b | <!-- speclint-disable-line ... -->} is two cells and a comment, not three cells.
     */
    static int trailingComment(String row, int width) {
        int i = 0;
        while (i < row.length() && Character.isWhitespace(row.charAt(i))) {
            i++;
        }
        if (i < row.length() && row.charAt(i) == '|') {
            i++;
        }
        for (int pipes = 0; i < row.length() && pipes < width; i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                pipes++;
            }
        }
        String rest = row.substring(Math.min(i, row.length())).strip();
        if (rest.endsWith("|")) {
            rest = rest.substring(0, rest.length() - 1).strip();
        }
        if (!rest.startsWith("<!--") || !rest.endsWith("-->") || rest.indexOf("-->") != rest.length() - 3) {
            return -1;
        }
        return row.indexOf("<!--", i);
    }

    /** Counts cells the way GFM splits a row: on pipes that are not escaped, leading and trailing pipes optional. */
    static int writtenCells(String row) {
        // bounds within the row instead of stripped copies: this runs for every table row of every spec
        int from = 0;
        int to = row.length();
        while (from < to && Character.isWhitespace(row.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(row.charAt(to - 1))) {
            to--;
        }
        if (from < to && row.charAt(from) == '|') {
            from++;
        }
        if (to > from && row.charAt(to - 1) == '|' && !(to - 2 >= from && row.charAt(to - 2) == '\\')) {
            to--;
        }
        int cells = 1;
        for (int i = from; i < to; i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                cells++;
            }
        }
        return cells;
    }
}
