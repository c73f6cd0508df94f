package io.github.speclint.report;

/**
 * XML 1.0 has no way to write most control characters, a lone surrogate or U+FFFE/U+FFFF, not even as a character
 * reference: one of them in a spec id or a test name would leave the whole report unreadable to its parser. Each is
 * replaced by U+FFFD, the character that says "something unreadable was here".
 */
final class XmlChars {

    private static final char REPLACEMENT = '\uFFFD';

    private XmlChars() {
    }

    /** The text itself when every character may stand in XML (the usual case: no copy). */
    static String valid(String text) {
        int first = firstInvalid(text);
        if (first < 0) {
            return text;
        }
        StringBuilder valid = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPair(text, i)) {
                valid.append(c).append(text.charAt(++i));
            } else {
                valid.append(allowed(c) ? c : REPLACEMENT);
            }
        }
        return valid.toString();
    }

    private static int firstInvalid(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isPair(text, i)) {
                i++;
            } else if (!allowed(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** XML 1.0's Char production, for a character that is not half of a pair. */
    private static boolean allowed(char c) {
        return c >= 0x20 ? !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF'
                : c == '\t' || c == '\n' || c == '\r';
    }
}
