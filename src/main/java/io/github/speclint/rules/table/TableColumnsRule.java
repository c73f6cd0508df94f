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
            if (i >= found.size() || i >= expected.size() || !(found.get(i).equals(expected.get(i))
                    || normalized(found.get(i)).equals(normalized(expected.get(i))))) {
                return i;
            }
        }
        return -1;
    }

    /** Stripped, each run of blanks one space, lower case; without a regex, as it runs on every header cell. */
    private static String normalized(String column) {
        String text = column.strip();
        if (!hasBlankRun(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder collapsed = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (isRegexBlank(text.charAt(i))) {
                collapsed.append(' ');
                while (i < text.length() && isRegexBlank(text.charAt(i))) {
                    i++;
                }
            } else {
                collapsed.append(text.charAt(i++));
            }
        }
        return collapsed.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a blank other than a single space occurs, the only case where collapsing changes the text. */
    private static boolean hasBlankRun(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexBlank(c) && (c != ' ' || (i + 1 < text.length() && isRegexBlank(text.charAt(i + 1))))) {
                return true;
            }
        }
        return false;
    }

    /** What {@code \\s} matches in a Java regex without Unicode classes. */
    private static boolean isRegexBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
