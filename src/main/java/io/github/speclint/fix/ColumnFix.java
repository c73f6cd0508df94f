package io.github.speclint.fix;

import io.github.speclint.model.Table;
import io.github.speclint.model.TableRow;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.rules.table.TableSlot;
import io.github.speclint.rules.table.TemplateTables;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Adds the template's columns a table lacks, each where the template puts it: its name in the header, a delimiter
 * cell, and an empty cell in every row. Only when the table's columns are the template's with some left out; a table
 * whose columns are renamed, extra or in another order is the author's to sort out.
 */
final class ColumnFix {

    private static final Pattern DELIMITER_ROW = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ColumnFix() {
    }

    static void plan(SpecBytes file, SpecContext context, Plan plan) {
        if (!plan.fixes(Plan.COLUMNS)) {
            return;
        }
        for (TableSlot slot : TemplateTables.of(context)) {
            slot.table().ifPresent(table -> plan(file, slot, table, context.template(), plan));
        }
    }

    private static void plan(SpecBytes file, TableSlot slot, Table table, String template, Plan plan) {
        List<String> expected = slot.rule().columns();
        List<String> found = table.columns();
        Map<Integer, List<String>> missing = missingBefore(found, expected);
        if (missing == null) {
            plan.leftAlone.add(String.format("line %d: %s has columns %s, not the template's %s with some left out; "
                    + "rename or reorder them yourself", table.position().line(), slot.name(), found, expected));
            return;
        }
        if (missing.isEmpty()) {
            return;
        }
        int header = table.position().line();
        if (header + 1 > file.lineCount() || RowCells.of(file.line(header)).count() != found.size()
                || !DELIMITER_ROW.matcher(file.line(header + 1)).matches()) {
            plan.leftAlone.add(String.format("line %d: %s is not written as plain table lines speclint can add cells "
                    + "to", header, slot.name()));
            return;
        }
        List<Integer> rows = new ArrayList<>(List.of(header, header + 1));
        table.rows().stream().map(TableRow::position).forEach(position -> rows.add(position.line()));
        for (int line : rows) {
            RowCells cells = RowCells.of(file.line(line));
            missing.forEach((index, columns) -> {
                List<String> texts = line == header ? columns
                        : Collections.nCopies(columns.size(), line == header + 1 ? "---" : "");
                RowCells.Cell cell = cells.before(index, texts);
                plan.inserts.add(new Insert(file.offset(line, cell.column()), cell.text()));
            });
        }
        List<String> added = missing.values().stream().flatMap(List::stream).toList();
        plan.changes.add(new Change(Plan.COLUMNS, header, String.format("added %s %s to %s, with empty cells",
                added.size() == 1 ? "column" : "columns", added, slot.name())));
    }

    /**
     * The template's columns the table lacks, keyed by the index of the found column they go before (the found
     * count for the end); null when the found columns are not the template's in order with some left out.
     */
    static Map<Integer, List<String>> missingBefore(List<String> found, List<String> expected) {
        Map<Integer, List<String>> missing = new TreeMap<>();
        int next = 0;
        List<String> pending = new ArrayList<>();
        for (String column : expected) {
            if (next < found.size() && normalized(found.get(next)).equals(normalized(column))) {
                if (!pending.isEmpty()) {
                    missing.put(next, pending);
                    pending = new ArrayList<>();
                }
                next++;
            } else {
                pending.add(column);
            }
        }
        if (next < found.size()) {
            return null;
        }
        if (!pending.isEmpty()) {
            missing.put(found.size(), pending);
        }
        return missing;
    }

    private static String normalized(String column) {
        return SPACES.matcher(column.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
