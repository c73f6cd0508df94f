package io.github.speclint.maven;

import io.github.speclint.model.EscapedText;

/**
 * Text from the user's configuration shown in a message: line breaks and control characters shown escaped, a single
 * value capped.
 */
final class Printable {

    private static final int MAX_VALUE = 200;

    private Printable() {
    }

    /** One value as the user gave it, such as a number that is not one. */
    static String of(String value) {
        return text(value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "..." : value);
    }

    /** A message that quotes the user's configuration. */
    static String text(String message) {
        return EscapedText.of(message);
    }
}
