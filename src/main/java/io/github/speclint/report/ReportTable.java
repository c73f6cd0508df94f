package io.github.speclint.report;

import java.util.List;

/**
 * A table of the report, independent of how it is drawn: the HTML page and the Maven site page render the same ones.
 *
 * @param intro a sentence above the table, or ""
 * @param empty what to say instead of an empty table
 */
public record ReportTable(String id, String title, String intro, List<String> header, List<List<Cell>> rows,
                          String empty) {

    /**
     * A cell's text and how it may be styled: "num", "path", "code", "none", "sev-error", "layer bus", ... or "".
     */
    public record Cell(String text, String style) {

        static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    public ReportTable {
        header = List.copyOf(header);
        rows = rows instanceof LazyRows<List<Cell>> ? rows : List.copyOf(rows);
    }
}
