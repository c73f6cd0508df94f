package io.github.speclint.schema;

import java.util.List;

/**
 * A table the template puts in a section's body.
 *
 * @param label the bold label above the table ("Errors"), or "" when the section holds one unlabelled table
 * @param rows  the rows the template fixes by their first cell, in order; empty when all rows are the author's
 */
public record TableRule(String label, List<String> columns, boolean optional, List<RowRule> rows) {

    public TableRule {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public TableRule(String label, List<String> columns, boolean optional) {
        this(label, columns, optional, List.of());
    }

    public TableRule asOptional() {
        return new TableRule(label, columns, true, rows);
    }
}
