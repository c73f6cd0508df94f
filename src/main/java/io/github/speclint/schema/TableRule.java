package io.github.speclint.schema;

import java.util.List;

/**
 * A table the template puts in a section's body.
 *
 * @param label the bold label above the table ("Errors"), or "" when the section holds one unlabelled table
 */
public record TableRule(String label, List<String> columns, boolean optional) {

    public TableRule {
        columns = List.copyOf(columns);
    }
}
