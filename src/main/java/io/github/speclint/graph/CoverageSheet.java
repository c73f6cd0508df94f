package io.github.speclint.graph;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Section;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Table;
import io.github.speclint.model.TableRow;
import io.github.speclint.model.RequirementRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The three tables of a coverage spec that trace requirements, read by column name: the Coverage Map, the
 * (level-2) Untestable Criteria table and the Coverage Summary.
 */
public record CoverageSheet(List<MapRow> map, List<UntestableRow> untestable, List<SummaryRow> summary) {

    public CoverageSheet {
        map = List.copyOf(map);
        untestable = List.copyOf(untestable);
        summary = List.copyOf(summary);
    }

    /** Every requirement id the Coverage Map names, ranges expanded. */
    public Set<String> mappedIds() {
        Set<String> ids = new HashSet<>();
        map.forEach(row -> ids.addAll(row.ids()));
        return ids;
    }

    /** Every requirement id the Untestable Criteria table names. */
    public Set<String> untestableIds() {
        Set<String> ids = new HashSet<>();
        untestable.forEach(row -> ids.addAll(row.ids()));
        return ids;
    }

    /**
     * A Coverage Map row.
     *
     * @param ids    the requirement ids the cell names, ranges expanded; empty when the cell names none
     * @param source the Source Spec cell; empty when it is blank or still a template placeholder such as
     *               "[business/file.md]", which the placeholder rule reports
     */
    public record MapRow(String requirement, List<String> ids, SourcePosition requirementPosition, String source,
                         SourcePosition sourcePosition, String testCase, SourcePosition testCasePosition) {

        /** The test case ids the Test Case ID cell names (one, a comma list or a range), or none. */
        public List<String> testCaseIds() {
            return idsIn(testCase);
        }

        /** The ids a Test Case ID cell's text names. */
        public static List<String> idsIn(String testCaseCell) {
            return CoverageSheet.ids(testCaseCell, new RequirementRange.Budget());
        }
    }

    /** A row of the Untestable Criteria table: an upstream criterion the coverage spec does not test. */
    public record UntestableRow(String requirement, List<String> ids, SourcePosition position) {
    }

    /** A Coverage Summary row; a figure that is not a number is empty. */
    public record SummaryRow(String layer, OptionalInt total, OptionalInt mapped, OptionalInt untestable,
                             OptionalDouble percent, SourcePosition position) {
    }

    static CoverageSheet of(SpecDocument spec) {
        RequirementRange.Budget budget = new RequirementRange.Budget();
        List<MapRow> map = new ArrayList<>();
        table(spec, "Coverage Map", "Requirement ID").ifPresent(table -> {
            List<String> columns = table.columns();
            int requirement = column(columns, "Requirement ID");
            int source = column(columns, "Source Spec");
            int testCase = column(columns, "Test Case ID");
            Set<SourcePosition> placeholders = new HashSet<>();
            spec.placeholders().forEach(placeholder -> placeholders.add(placeholder.position()));
            for (TableRow row : table.rows()) {
                SourcePosition sourceCell = position(row, source);
                map.add(new MapRow(cell(row, requirement), ids(cell(row, requirement), budget),
                        position(row, requirement), placeholders.contains(sourceCell) ? "" : cell(row, source),
                        sourceCell, cell(row, testCase), position(row, testCase)));
            }
        });
        List<UntestableRow> untestable = new ArrayList<>();
        table(spec, "Untestable Criteria", "Requirement").ifPresent(table -> {
            int requirement = column(table, "Requirement");
            for (TableRow row : table.rows()) {
                untestable.add(new UntestableRow(cell(row, requirement), ids(cell(row, requirement), budget),
                        position(row, requirement)));
            }
        });
        List<SummaryRow> summary = new ArrayList<>();
        table(spec, "Coverage Summary", "Layer").ifPresent(table -> {
            List<String> columns = table.columns();
            int layer = column(columns, "Layer");
            int total = column(columns, "Total Requirements");
            int mapped = column(columns, "Mapped to Tests");
            int untested = column(columns, "Untestable");
            int percent = column(columns, "Coverage %");
            for (TableRow row : table.rows()) {
                summary.add(new SummaryRow(cell(row, layer), integer(cell(row, total)), integer(cell(row, mapped)),
                        integer(cell(row, untested)), number(cell(row, percent)), row.position()));
            }
        });
        return new CoverageSheet(map, untestable, summary);
    }

    /** The first table of the level-2 section with that title, if it has the key column. */
    private static Optional<Table> table(SpecDocument spec, String section, String keyColumn) {
        return spec.sections().stream()
                .filter(s -> s.level() == 2 && Headings.matches(s.title(), section))
                .map(Section::tables).filter(tables -> !tables.isEmpty()).map(tables -> tables.get(0))
                .filter(table -> column(table, keyColumn) >= 0)
                .findFirst();
    }

    private static int column(Table table, String name) {
        return column(table.columns(), name);
    }

    private static int column(List<String> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).strip().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(TableRow row, int column) {
        return column >= 0 && column < row.cells().size() ? row.cells().get(column).text().strip() : "";
    }

    private static SourcePosition position(TableRow row, int column) {
        return column >= 0 && column < row.cells().size() ? row.cells().get(column).position() : row.position();
    }

    private static List<String> ids(String text, RequirementRange.Budget budget) {
        return RequirementRange.expand(text, budget).orElse(List.of());
    }

    private static OptionalInt integer(String text) {
        String digits = text.replace("*", "").strip();
        return digits.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(digits)) : OptionalInt.empty();
    }

    private static OptionalDouble number(String text) {
        String value = text.replace("*", "").replace("%", "").strip().toLowerCase(Locale.ROOT);
        return value.matches("\\d+(\\.\\d+)?") ? OptionalDouble.of(Double.parseDouble(value)) : OptionalDouble.empty();
    }
}
