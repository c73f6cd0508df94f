package io.github.speclint.report;

import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Suppressed;
import io.github.speclint.adopt.Triage;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ReportTable.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings a team accepted, as report tables: those suppressed by a comment, with its reason, and those the
 * baseline knows, with its entries no longer found. A table appears only when there is something to show.
 */
final class AcceptedTables {

    private AcceptedTables() {
    }

    static List<ReportTable> of(Triage triage) {
        List<ReportTable> tables = new ArrayList<>();
        if (!triage.suppressed().isEmpty()) {
            tables.add(suppressed(triage.suppressed()));
        }
        if (triage.baselineUsed()) {
            tables.add(baseline(triage));
        }
        return tables;
    }

    private static ReportTable suppressed(List<Suppressed> suppressed) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Suppressed silenced : suppressed) {
            List<Cell> row = new ArrayList<>(ReportTables.findingCells(silenced.finding()));
            row.add(Cell.of(silenced.by().reason()));
            row.add(new Cell(silenced.by().directive() + " on line " + silenced.by().position().line()
                    + silenced.by().until().map(until -> ", until " + until).orElse(""), "path"));
            rows.add(row);
        }
        return new ReportTable("suppressed", "Suppressed", "Findings a speclint comment in their spec silences: "
                + "they do not count, and each keeps its reason.", List.of("Where", "Severity", "Rule", "Finding",
                "Reason", "Suppressed by"), rows, "No suppressed findings.");
    }

    private static ReportTable baseline(Triage triage) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Finding finding : triage.known()) {
            List<Cell> row = new ArrayList<>(ReportTables.findingCells(finding));
            row.add(Cell.of("known"));
            rows.add(row);
        }
        for (Baseline.Entry entry : triage.absent()) {
            rows.add(List.of(new Cell(entry.path(), "path"), new Cell(entry.severity().label(),
                    "sev-" + entry.severity().label()), new Cell(entry.ruleId(), "code"), Cell.of(entry.message()),
                    Cell.of("no longer found")));
        }
        return new ReportTable("baseline", "Baseline", "Findings the baseline lists do not fail the build; entries "
                + "no longer found can be dropped by writing the baseline again.", List.of("Where", "Severity",
                "Rule", "Finding", "State"), rows, "The baseline lists no finding.");
    }
}
