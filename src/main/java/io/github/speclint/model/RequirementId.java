package io.github.speclint.model;

/**
 * A criterion id taken apart: {@code FUN-LOGIN-003-REV} is spec {@code FUN-LOGIN}, number {@code 003} and suffix
 * {@code -REV}. The number is the last all-digit segment; without one, the whole id is the spec part.
 */
public record RequirementId(String spec, String number, String suffix) {

    public static RequirementId parse(String id) {
        // segments are scanned from the end by their dashes; the first segment never counts as the number
        int end = id.length();
        for (int dash = id.lastIndexOf('-'); dash >= 0; dash = id.lastIndexOf('-', dash - 1)) {
            if (isNumber(id, dash + 1, end)) {
                return new RequirementId(id.substring(0, dash), id.substring(dash + 1, end), id.substring(end));
            }
            end = dash;
        }
        return new RequirementId(id, "", "");
    }

    private static boolean isNumber(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The id without its suffix: {@code FUN-LOGIN-003}. */
    public String base() {
        return number.isEmpty() ? spec : spec + "-" + number;
    }

    public boolean hasThreeDigitNumber() {
        return number.length() == 3;
    }
}
