package io.github.speclint.rules.table;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Table;
import io.github.speclint.model.TableRow;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.RowRule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table whose template fixes some rows by their first cell (a Constraints table's "Budget", a Coverage Summary's
 * "Total") has each of them, unless the template says the row may be left out.
 */
public final class TableRowMissingRule extends AbstractRule implements DocumentRule {

    public TableRowMissingRule() {
        super("table-row-missing", Severity.WARNING,
                "Template tables have the rows the template fixes by their first cell");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (TableSlot slot : TemplateTables.of(context)) {
            List<RowRule> rows = slot.rule().rows();
            if (rows.isEmpty() || slot.table().isEmpty()) {
                continue;
            }
            Table table = slot.table().get();
            Set<String> written = new HashSet<>();
            for (TableRow row : table.rows()) {
                if (!row.cells().isEmpty()) {
                    written.add(Headings.base(row.cells().get(0).text()));
                }
            }
            List<String> required = rows.stream().filter(row -> !row.optional()).map(RowRule::label).toList();
            for (String label : required) {
                if (!written.contains(Headings.base(label))) {
                    report(out, table.position(), slot.subject() + " > " + label, String.format(
                            "%s has no \"%s\" row; %s fixes the rows %s", slot.name(), label, context.template(),
                            String.join(", ", required)));
                }
            }
        }
    }
}
