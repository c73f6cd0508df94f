package io.github.speclint.model;

import java.util.List;

/**
 * A GFM table in the body of a section.
 *
 * @param label   the bold label of the paragraph right above the table ({@code **Errors:**} gives "Errors"), or ""
 * @param columns the header cells' texts, made once: rules read them per cell
 */
public record Table(String label, List<TableCell> header, List<TableRow> rows, SourcePosition position,
                    List<String> columns) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }

    public Table(String label, List<TableCell> header, List<TableRow> rows, SourcePosition position) {
        this(label, header, rows, position, header.stream().map(TableCell::text).toList());
    }
}
