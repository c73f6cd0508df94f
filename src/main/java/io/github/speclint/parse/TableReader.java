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

/** Reads a GFM table block into header cells and rows, keeping each row's cell count as written. */
final class TableReader {

    private TableReader() {
    }

    static Table read(TableBlock block, String label, SourceMap map) {
        List<TableCell> header = List.of();
        List<TableRow> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head && head.getFirstChild() != null) {
                header = cells(head.getFirstChild(), map).stream()
                        .map(cell -> new TableCell(Excerpt.of(cell.text()), cell.position())).toList();
            } else if (part instanceof TableBody body) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    SourcePosition position = map.position(row);
                    rows.add(new TableRow(position, cells(row, map, position), writtenCells(map.raw(row))));
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

    /** Counts cells the way GFM splits a row: on pipes that are not escaped, leading and trailing pipes optional. */
    static int writtenCells(String row) {
        String text = row.strip();
        if (text.startsWith("|")) {
            text = text.substring(1);
        }
        if (text.endsWith("|") && !text.endsWith("\\|")) {
            text = text.substring(0, text.length() - 1);
        }
        int cells = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                cells++;
            }
        }
        return cells;
    }
}
