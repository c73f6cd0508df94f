package io.github.speclint.model;

import java.util.List;

/**
 * A GFM table in the body of a section.
 *
 * @param label the bold label of the paragraph right above the table ({@code **Errors:**} gives "Errors"), or ""
 */
public record Table(String label, List<TableCell> header, List<TableRow> rows, SourcePosition position) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public List<String> columns() {
        return header.stream().map(TableCell::text).toList();
    }
}
