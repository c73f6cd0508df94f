package io.github.speclint.fix;

/**
 * One structural fix, in the terms of the finding it removes.
 *
 * @param rule the rule whose finding it removes: section-missing, table-columns or footer-missing
 * @param line where the finding stood (before the fix)
 * @param what what the fix adds, for the log
 */
public record Change(String rule, int line, String what) {
}
