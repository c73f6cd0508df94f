package io.github.speclint.model;

import java.util.List;

/**
 * A data row.
 *
 * @param writtenCells how many cells the row has as written; a GFM parser pads or cuts rows to the header's width,
 *                     so this count is the only trace of a row with too few or too many cells
 */
public record TableRow(SourcePosition position, List<TableCell> cells, int writtenCells) {

    public TableRow {
        cells = List.copyOf(cells);
    }
}
