package io.github.speclint.maven;

import io.github.speclint.report.ReportTable;
import org.apache.maven.doxia.sink.Sink;

import java.util.List;

/** Draws the report's tables with Doxia, the way every Maven site page is drawn. */
final class SinkTables {

    private SinkTables() {
    }

    /** The totals as one row under their labels. */
    static void totals(Sink sink, List<ReportTable.Cell[]> totals) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        totals.forEach(total -> cell(sink, total[0].text(), true));
        sink.tableRow_();
        sink.tableRow();
        totals.forEach(total -> cell(sink, total[1].text(), false));
        sink.tableRow_();
        sink.tableRows_();
        sink.table_();
    }

    static void section(Sink sink, ReportTable table) {
        sink.section2();
        sink.sectionTitle2();
        sink.anchor(table.id());
        sink.anchor_();
        sink.text(table.title());
        sink.sectionTitle2_();
        if (!table.intro().isEmpty()) {
            sink.paragraph();
            sink.text(table.intro());
            sink.paragraph_();
        }
        if (table.rows().isEmpty()) {
            sink.paragraph();
            sink.text(table.empty());
            sink.paragraph_();
        } else {
            sink.table();
            sink.tableRows(null, false);
            sink.tableRow();
            table.header().forEach(heading -> cell(sink, heading, true));
            sink.tableRow_();
            for (List<ReportTable.Cell> row : table.rows()) {
                sink.tableRow();
                row.forEach(cell -> cell(sink, cell.text(), false));
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
    }

    private static void cell(Sink sink, String text, boolean header) {
        if (header) {
            sink.tableHeaderCell();
            sink.text(text);
            sink.tableHeaderCell_();
        } else {
            sink.tableCell();
            sink.text(text);
            sink.tableCell_();
        }
    }
}
