package io.github.speclint.model;

import java.util.regex.Pattern;

/**
 * Template text left in a spec.
 *
 * @param text the placeholder as written, brackets included: {@code [CONCEPT]} or {@code [What this covers]}
 */
public record Placeholder(String text, Kind kind, SourcePosition position) {

    /** A {@code [SCREAMING_CASE]} token, or a bracketed guidance phrase standing where content belongs. */
    public enum Kind { TOKEN, GUIDANCE }

    /** The template's placeholder convention: a SCREAMING_CASE word in square brackets. */
    public static final Pattern TOKEN_PATTERN = Pattern.compile("\\[[A-Z](?:[A-Z0-9_-]*[A-Z0-9])?\\]");

    public static boolean tokenIn(String text) {
        return text.indexOf('[') >= 0 && TOKEN_PATTERN.matcher(text).find();
    }
}
