package io.github.speclint.rules.table;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.stream.Collectors;

/** A section whose template holds a table holds that table (or states "Not applicable"). */
public final class TableMissingRule extends AbstractRule implements DocumentRule {


    public TableMissingRule() {
        super("table-missing", Severity.ERROR,
                "Sections whose template has a table contain that table");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (TableSlot slot : TemplateTables.of(context)) {
            if (slot.table().isPresent() || slot.rule().optional()) {
                continue;
            }
            String which = slot.rule().label().isEmpty() ? "table" : "\"**" + slot.rule().label() + ":**\" table";
            String hint = slot.section().tableLikeText().isEmpty() ? "" : String.format("; the lines starting with "
                    + "\"|\" at line %s are no table because the header is not followed by a |---| row",
                    slot.section().tableLikeText().stream().map(SourcePosition::line).map(String::valueOf)
                            .collect(Collectors.joining(", ")));
            report(out, slot.section().position(), slot.subject(), String.format(
                    "section \"%s\" has no %s; %s requires one with columns %s%s", slot.section().heading(), which,
                    context.template(), slot.rule().columns(), hint));
        }
    }
}
