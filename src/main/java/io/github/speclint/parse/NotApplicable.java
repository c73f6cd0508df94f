package io.github.speclint.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The template's escape for a section with nothing to hold is "Not applicable: reason". Real specs say the same in
 * their own words ("N/A", "None.", "No frameworks at this foundation layer."), so a section that opens with a
 * negative statement counts as saying it too.
 */
final class NotApplicable {

    private static final Pattern STATEMENT = Pattern.compile("^(not applicable|not required|n/a|none\\b|no\\s)");

    private NotApplicable() {
    }

    static boolean isStatedBy(String text) {
        return STATEMENT.matcher(text.strip().toLowerCase(Locale.ROOT)).find();
    }
}
