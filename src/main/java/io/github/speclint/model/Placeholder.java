package io.github.speclint.model;

import java.util.regex.Pattern;

/**
 * Template text left in a spec.
 *
 * @param text the placeholder as written, brackets included: {@code [CONCEPT]} or {@code [What this covers]}; for
 *             {@link Kind#MORE}, how many more there are
 */
public record Placeholder(String text, Kind kind, SourcePosition position) {

    /**
     * A {@code [SCREAMING_CASE]} token, bracketed guidance or other template text standing where content belongs,
     * or a count of further placeholders in the file that are not listed one by one.
     */
    public enum Kind { TOKEN, GUIDANCE, MORE }

    /** The template's placeholder convention: a SCREAMING_CASE word in square brackets. */
    public static final Pattern TOKEN_PATTERN = Pattern.compile("\\[[A-Z](?:[A-Z0-9_-]*[A-Z0-9])?\\]");

    /** Stands for {@code count} further placeholders from {@code position} on. */
    public static Placeholder more(int count, SourcePosition position) {
        return new Placeholder(String.valueOf(count), Kind.MORE, position);
    }

    public static boolean tokenIn(String text) {
        return text.indexOf('[') >= 0 && TOKEN_PATTERN.matcher(text).find();
    }

    /** True when the whole text is one token such as {@code [CONCEPT]}. */
    public static boolean isToken(String text) {
        return TOKEN_PATTERN.matcher(text).matches();
    }
}
