package io.github.speclint.rules.table;

import io.github.speclint.model.Severity;
import io.github.speclint.model.Table;
import io.github.speclint.model.TableCell;
import io.github.speclint.model.TableRow;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.List;

/** An empty cell in a template table is usually a value someone meant to fill in. */
public final class TableEmptyCellRule extends AbstractRule implements DocumentRule {


    public TableEmptyCellRule() {
        super("table-empty-cell", Severity.WARNING,
                "Template table cells are filled (write \"-\" or \"none\" for a deliberate blank)");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (TableSlot slot : TemplateTables.of(context)) {
            slot.table().ifPresent(table -> check(slot, table, out));
        }
    }

    private void check(TableSlot slot, Table table, FindingSink out) {
        List<String> columns = table.columns();
        for (int r = 0; r < table.rows().size(); r++) {
            TableRow row = table.rows().get(r);
            if (row.writtenCells() != table.header().size()) {
                continue;
            }
            for (int c = 0; c < row.cells().size() && c < columns.size(); c++) {
                TableCell cell = row.cells().get(c);
                if (cell.isBlank()) {
                    report(out, cell.position(), slot.subject() + " > row " + (r + 1) + " > " + columns.get(c),
                            "cell \"" + columns.get(c) + "\" in row " + (r + 1) + " of " + slot.name() + " is empty");
                }
            }
        }
    }
}
