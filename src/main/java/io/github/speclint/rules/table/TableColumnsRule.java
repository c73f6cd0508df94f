package io.github.speclint.rules.table;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Table;
import io.github.speclint.model.TableCell;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.List;
import java.util.Locale;

/** A template table has exactly the template's columns, in order (case and spacing aside). */
public final class TableColumnsRule extends AbstractRule implements DocumentRule {


    public TableColumnsRule() {
        super("table-columns", Severity.ERROR,
                "Template tables have the template's columns, in order");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (TableSlot slot : TemplateTables.of(context)) {
            slot.table().ifPresent(table -> {
                List<String> expected = slot.rule().columns();
                int differs = firstDifference(table.columns(), expected);
                if (differs >= 0) {
                    report(out, positionOf(table, differs), slot.subject(), String.format(
                            "%s has columns %s but %s requires %s", slot.name(), table.columns(),
                            context.template(), expected));
                }
            });
        }
    }

    /** The index of the first column that differs, or -1 when the columns match. */
    private static int firstDifference(List<String> found, List<String> expected) {
        for (int i = 0; i < Math.max(found.size(), expected.size()); i++) {
            if (i >= found.size() || i >= expected.size() || !normalized(found.get(i)).equals(
                    normalized(expected.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String normalized(String column) {
        return column.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** At the first differing column; when columns are only missing at the end, at the header's start. */
    private static SourcePosition positionOf(Table table, int column) {
        List<TableCell> header = table.header();
        if (header.isEmpty()) {
            return table.position();
        }
        return header.get(column < header.size() ? column : 0).position();
    }
}
