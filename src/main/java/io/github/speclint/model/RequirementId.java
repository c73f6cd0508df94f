package io.github.speclint.model;

/**
 * A criterion id taken apart: {@code FUN-LOGIN-003-REV} is spec {@code FUN-LOGIN}, number {@code 003} and suffix
 * {@code -REV}. The number is the last all-digit segment; without one, the whole id is the spec part.
 */
public record RequirementId(String spec, String number, String suffix) {

    public static RequirementId parse(String id) {
        String[] segments = id.split("-", -1);
        int numberAt = -1;
        for (int i = segments.length - 1; i > 0; i--) {
            if (!segments[i].isEmpty() && segments[i].chars().allMatch(Character::isDigit)) {
                numberAt = i;
                break;
            }
        }
        if (numberAt < 0) {
            return new RequirementId(id, "", "");
        }
        String spec = String.join("-", java.util.Arrays.copyOfRange(segments, 0, numberAt));
        String suffix = numberAt + 1 < segments.length
                ? "-" + String.join("-", java.util.Arrays.copyOfRange(segments, numberAt + 1, segments.length)) : "";
        return new RequirementId(spec, segments[numberAt], suffix);
    }

    /** The id without its suffix: {@code FUN-LOGIN-003}. */
    public String base() {
        return number.isEmpty() ? spec : spec + "-" + number;
    }

    public boolean hasThreeDigitNumber() {
        return number.length() == 3;
    }
}
