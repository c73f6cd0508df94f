package io.github.speclint.model;

import java.util.List;
import java.util.StringJoiner;

/**
 * Spec text that findings quote again and again, such as a section's title or a column's name, kept short: a rule
 * that reports once per row or per item then writes messages of bounded size however long the name is written.
 * Template headings and columns are far shorter, so nothing that matches a template is ever cut.
 */
public final class Excerpt {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_ITEMS = 12;

    private Excerpt() {
    }

    /** The text, or its first {@value #MAX_LENGTH} characters ending in "…" (never half a surrogate pair). */
    public static String of(String text) {
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** {@code [A, B, C]}, or the first {@value #MAX_ITEMS} items and how many more. */
    public static String list(List<String> items) {
        return "[" + items(items) + "]";
    }

    /** {@code A, B, C}, or the first {@value #MAX_ITEMS} items and how many more. */
    public static String items(List<String> items) {
        StringJoiner joined = new StringJoiner(", ");
        items.stream().limit(MAX_ITEMS).map(Excerpt::of).forEach(joined::add);
        if (items.size() > MAX_ITEMS) {
            joined.add("… " + (items.size() - MAX_ITEMS) + " more");
        }
        return joined.toString();
    }
}
