package io.github.speclint.model;

import java.util.regex.Pattern;

/**
 * The shapes of smaqit ids. Written with character classes only: a repeated group such as {@code (-[A-Z0-9]+)*}
 * makes Java's regex engine recurse once per segment, and a long hyphenated id in a spec would overflow the stack.
 */
public final class Ids {

    /**
     * A layer prefix: two to eight capital letters. Which prefixes exist is the schema's business ({@link Layers});
     * the shape is the same for all of them, so that a project's own layer needs no other pattern.
     */
    public static final String PREFIX = "[A-Z]{2,8}";
    /** A layer-prefixed id as it stands in text, e.g. {@code FUN-AUTH-FLOW} or {@code FUN-AUTH-FLOW-003}. */
    public static final String LAYER_ID = PREFIX + "-[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?";
    /** The same, with placeholder segments and lower case allowed, for reading criteria leniently. */
    public static final String LENIENT_ID = PREFIX + "-[A-Za-z0-9\\[](?:[A-Za-z0-9_\\[\\]-]*[A-Za-z0-9\\]])?";

    /** What {@link #isSpecId} checks by hand; kept for the test that holds the two equal. */
    static final Pattern SPEC_ID = Pattern.compile(LAYER_ID);

    private Ids() {
    }

    /** {@code PFX-CONCEPT}: a prefix, a hyphen, uppercase letters and digits in hyphen-separated segments. */
    public static boolean isSpecId(String text) {
        // {@link #LAYER_ID} without a regex (this runs for every id, criterion and bracket): the prefix is all that
        // stands before the first hyphen, as it holds no hyphen itself
        int dash = text.indexOf('-');
        if (dash < 2 || dash > 8 || dash + 1 == text.length()) {
            return false;
        }
        for (int i = 0; i < dash; i++) {
            if (!isUpper(text.charAt(i))) {
                return false;
            }
        }
        char last = text.charAt(text.length() - 1);
        if (!isUpperOrDigit(text.charAt(dash + 1)) || !isUpperOrDigit(last)) {
            return false;
        }
        for (int i = dash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' ? text.charAt(i - 1) == '-' : !isUpperOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isUpperOrDigit(char c) {
        return isUpper(c) || (c >= '0' && c <= '9');
    }

    /** {@link #isSpecId} with a prefix that names one of the run's layers. */
    public static boolean isSpecId(String text, Layers layers) {
        return isSpecId(text) && layers.ofId(text).isPresent();
    }

    /** {@code UC<n>-<CONCEPT>: <name>}, the business title. */
    public static boolean isUseCaseTitle(String title) {
        int colon = title.indexOf(": ");
        if (!title.startsWith("UC") || colon < 0 || title.substring(colon + 2).isBlank()) {
            return false;
        }
        String id = title.substring(2, colon);
        int dash = id.indexOf('-');
        return dash > 0 && id.substring(0, dash).chars().allMatch(Character::isDigit)
                && isSpecId("BUS" + id.substring(dash));
    }
}
