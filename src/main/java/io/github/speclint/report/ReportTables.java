package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.LintStatistics;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.report.ReportTable.Cell;
import io.github.speclint.tests.TestEvidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;

/** The report's content as data: the totals and the specs, findings and traceability tables of a run. */
public final class ReportTables {

    static final int MAX_NAMES = 50;

    private static final Comparator<SpecDocument> BY_LAYER = Comparator
            .comparing((SpecDocument spec) -> spec.layer().map(Layer::rank).orElse(Integer.MAX_VALUE))
            .thenComparing(SpecDocument::path);

    private ReportTables() {
    }

    /** Label and value of each total, with a style for the value. */
    public static List<Cell[]> totals(LintStatistics statistics) {
        List<Cell[]> totals = new ArrayList<>();
        totals.add(total("specs", statistics.specs(), ""));
        statistics.specsPerLayer().forEach((layer, count) -> totals.add(total(layer.prefix(), count, "")));
        totals.add(total("errors", statistics.errors(), "errors"));
        totals.add(total("warnings", statistics.warnings(), "warnings"));
        if (statistics.suppressed() > 0) {
            totals.add(total("suppressed", statistics.suppressed(), ""));
        }
        if (statistics.known() > 0 || statistics.absent() > 0) {
            totals.add(total("in baseline", statistics.known(), ""));
        }
        totals.add(total("links", statistics.graph().links(), ""));
        totals.add(total("criteria", statistics.graph().criteria(), ""));
        statistics.graph().coverage().ifPresent(coverage -> totals.add(new Cell[] {Cell.of("mapped to tests"),
                Cell.of(String.format(Locale.ROOT, "%.0f%%", coverage))}));
        return totals;
    }

    private static Cell[] total(String label, int value, String style) {
        return new Cell[] {Cell.of(label), new Cell(String.valueOf(value), style)};
    }

    public static List<ReportTable> of(LintResult result) {
        List<ReportTable> tables = new ArrayList<>(List.of(specs(result), findings(result.findings())));
        tables.addAll(AcceptedTables.of(result.triage()));
        tables.add(trace(TraceMatrix.of(result.index(), result.designs()), TraceMatrix.columns(result.index().layers()),
                result.tests(), !result.designDocuments().isEmpty()));
        result.tests().ifPresent(tests -> tables.add(TestTables.testCases(tests)));
        return List.copyOf(tables);
    }

    static ReportTable specs(LintResult result) {
        Map<String, FindingCounts> counts = FindingCounts.byPath(result);
        List<List<Cell>> rows = new ArrayList<>();
        for (SpecDocument spec : result.specs().stream().sorted(BY_LAYER).toList()) {
            FindingCounts found = counts.getOrDefault(spec.path(), FindingCounts.NONE);
            rows.add(List.of(
                    new Cell(spec.layer().map(Layer::prefix).orElse(""), spec.layer()
                            .map(layer -> "layer " + layer.prefix().toLowerCase(Locale.ROOT)).orElse("")),
                    Cell.of(spec.id().orElse("—")),
                    new Cell(spec.path(), "path"),
                    Cell.of(spec.status().orElse("—")),
                    new Cell(count(spec, Criterion::isChecked), "num"),
                    new Cell(count(spec, Criterion::isOpen), "num"),
                    new Cell(count(spec, Criterion::isFailed), "num"),
                    new Cell(String.valueOf(found.errors()), found.errors() > 0 ? "num sev-error" : "num"),
                    new Cell(String.valueOf(found.warnings()), found.warnings() > 0 ? "num sev-warning" : "num")));
        }
        return new ReportTable("specs", "Specs", "", List.of("Layer", "Id", "File", "Status", "Done", "Open",
                "Failed", "Errors", "Warnings"), rows, "No specs.");
    }

    private static String count(SpecDocument spec, Predicate<Criterion> state) {
        return String.valueOf(spec.criteria().stream().filter(Criterion::hasId).filter(state).count());
    }

    static ReportTable findings(List<Finding> findings) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Finding finding : findings) {
            rows.add(findingCells(finding));
        }
        return new ReportTable("findings", "Findings", "", List.of("Where", "Severity", "Rule", "Finding"), rows,
                "No findings.");
    }

    /** Where, severity, rule and message of a finding: the first cells of every table of findings. */
    static List<Cell> findingCells(Finding finding) {
        return List.of(
                new Cell(finding.path() + ":" + finding.line() + ":" + finding.column(), "path"),
                new Cell(finding.severity().label(), "sev-" + finding.severity().label()),
                new Cell(finding.ruleId(), "code"),
                Cell.of(finding.message()));
    }

    /** @param designs true when the run has design artifacts: the matrix then has a column for them */
    static ReportTable trace(List<TraceMatrix.Row> matrix, List<Layer> columns, Optional<TestEvidence> tests,
                             boolean designs) {
        List<List<Cell>> rows = LazyRows.mapped(matrix, row -> {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.of(row.criterion().id() + " " + row.criterion().text()));
            for (Layer layer : columns) {
                cells.add(names(row.specs().getOrDefault(layer, Set.of())));
            }
            if (designs) {
                cells.add(names(row.designs()));
            }
            cells.add(tests.isPresent() && !row.testCases().isEmpty()
                    ? TestTables.outcomes(row.testCases(), tests.get()) : names(row.testCases()));
            return cells;
        });
        List<String> headers = new ArrayList<>();
        headers.add("Business criterion");
        columns.forEach(layer -> headers.add(title(layer.folder())));
        if (designs) {
            headers.add("Designs");
        }
        headers.add("Test cases");
        return new ReportTable("trace", "Traceability", "Each business criterion, the specs that trace to it layer by "
                + "layer (a link to the criterion, its use case, or a spec already on its trace), "
                + (designs ? "the designs those specs link in their Design References, " : "")
                + "and the test cases that cover it" + (tests.isPresent() ? ", each with the outcome of its tests."
                : "."), headers, rows, "No business criteria.");
    }

    private static String title(String folder) {
        return folder.isEmpty() ? folder : folder.substring(0, 1).toUpperCase(Locale.ROOT) + folder.substring(1);
    }

    /**
     * The names in a traceability cell, the first {@value #MAX_NAMES} of them and how many more: thousands of specs
     * linking one use case would otherwise be written out in the row of each of its criteria, a table that grows
     * with criteria times specs.
     */
    static Cell names(Set<String> names) {
        if (names.isEmpty()) {
            return new Cell("none", "none");
        }
        StringJoiner text = new StringJoiner(", ");
        Iterator<String> each = names.iterator();
        for (int i = 0; i < MAX_NAMES && each.hasNext(); i++) {
            text.add(each.next());
        }
        int more = names.size() - MAX_NAMES;
        return new Cell(more > 0 ? text + " and " + more + " more" : text.toString(), "path");
    }
}
