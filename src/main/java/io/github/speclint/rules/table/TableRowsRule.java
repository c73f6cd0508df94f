package io.github.speclint.rules.table;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** A template table with a header and no rows says nothing; fill it or state "Not applicable". */
public final class TableRowsRule extends AbstractRule implements DocumentRule {


    public TableRowsRule() {
        super("table-no-rows", Severity.ERROR,
                "Template tables have at least one data row");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (TableSlot slot : TemplateTables.of(context)) {
            slot.table().filter(table -> table.rows().isEmpty()).ifPresent(table -> report(out,
                    table.position(), slot.subject(), String.format("%s has a header but no rows; add its rows or "
                            + "state \"Not applicable: <reason>\" in the section instead", slot.name())));
        }
    }
}
