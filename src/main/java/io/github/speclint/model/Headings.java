package io.github.speclint.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a written heading is compared with a template heading. Real specs qualify headings
 * ({@code ### Main Flow (Server Start)}, {@code ## Acceptance Criteria (Revised)}) and vary case; both still name the
 * template's section.
 */
public final class Headings {

    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Headings() {
    }

    /** The heading without a trailing qualifier in parentheses or a trailing colon, in lower case. */
    public static String base(String title) {
        String text = QUALIFIER.matcher(title.strip()).replaceFirst("");
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
        }
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The qualifier in parentheses at the end of a heading, or "". */
    public static String qualifier(String title) {
        var matcher = QUALIFIER.matcher(title.strip());
        return matcher.find() ? matcher.group().strip() : "";
    }

    public static boolean matches(String written, String template) {
        return base(written).equals(base(template));
    }
}
