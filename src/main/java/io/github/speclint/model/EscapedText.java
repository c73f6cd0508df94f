package io.github.speclint.model;

/**
 * Text from a spec, a file name or the configuration as every output shows it: on one line and without characters
 * that steer a terminal or a CI log. A line break in a file name would otherwise start a log line of its own, where
 * GitHub runs {@code ::error ...} as a workflow command; an escape sequence recolours or rewrites a terminal; a bidi
 * control reorders what a reviewer reads; a lone surrogate is not text at all. Each such character is shown as an
 * escape ({@code \n}, {@code \r}, {@code \u001B}), so the report still says which character it was.
 * Tabs stay: they are whitespace everywhere.
 */
public final class EscapedText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private EscapedText() {
    }

    /** The text itself when nothing in it needs escaping (the usual case: no copy). */
    public static String of(String text) {
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                shown.append(c).append(text.charAt(++i));
            } else if (needsEscape(text, i)) {
                escape(c, shown);
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (needsEscape(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Called for every character that is not the high half of a pair. */
    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t';
        }
        if (c < 0x7F) {
            return false;
        }
        return c <= 0x9F // DEL and the C1 controls, NEL (a line break to some terminals) among them
                || c == '\u2028' || c == '\u2029' // line and paragraph separators
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') // bidi marks, embeddings, overrides and isolates
                || Character.isSurrogate(c) // lone: a pair is passed by the caller
                || c == '\uFFFE' || c == '\uFFFF';
    }

    private static void escape(char c, StringBuilder shown) {
        switch (c) {
            case '\n' -> shown.append("\\n");
            case '\r' -> shown.append("\\r");
            default -> shown.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                    .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
        }
    }
}
