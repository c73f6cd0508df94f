package io.github.speclint.schema;

/**
 * A row the template fixes in a table by its first cell, such as the "Budget" row of a Constraints table.
 *
 * @param label    the first cell's text, without emphasis
 * @param optional true when the template says the row may be left out
 */
public record RowRule(String label, boolean optional) {
}
