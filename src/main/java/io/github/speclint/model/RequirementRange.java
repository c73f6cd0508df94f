package io.github.speclint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the requirement ids a cell or comment names: one id, a comma list, or a range such as
 * {@code FUN-LAYOUT-001 through 011} or {@code FUN-X-001 through FUN-X-011}, expanded to each member.
 */
public final class RequirementRange {

    /** Ranges larger than this are not expanded: no spec has that many criteria, and it bounds the work. */
    public static final int MAX_MEMBERS = 999;
    /** Longer numbers would overflow an int; no criterion is numbered that high. */
    private static final int MAX_DIGITS = 9;

    private static final String ID = Ids.LAYER_ID;
    private static final Pattern RANGE = Pattern.compile("(" + ID + ")\\s+(?:through|to|–|—|\\.\\.)\\s+("
            + ID + "|\\d+)");
    private static final Pattern SINGLE = Pattern.compile(ID);

    private RequirementRange() {
    }

    /**
     * How many ids the ranges of one file may expand to. A range line of a thousand members is a few bytes: without
     * a bound per file, a file of range lines would make a thousand ids per line for every later phase. A range
     * beyond the budget is treated like an oversized one.
     */
    public static final class Budget {

        public static final int PER_FILE = 10_000;
        private int left = PER_FILE;

        boolean take(int members) {
            if (members > left) {
                return false;
            }
            left -= members;
            return true;
        }
    }

    /**
     * The ids named in the text, ranges expanded; empty when the text names no id or a range is malformed
     * (ends that do not share a spec, a reversed or oversized range).
     */
    public static Optional<List<String>> expand(String text, Budget budget) {
        if (isOneId(text)) {
            return Optional.of(List.of(text));
        }
        List<String> ids = new ArrayList<>();
        Matcher range = RANGE.matcher(text);
        int consumed = 0;
        StringBuilder rest = new StringBuilder();
        while (range.find()) {
            rest.append(text, consumed, range.start());
            consumed = range.end();
            if (!addRange(range.group(1), range.group(2), ids, budget)) {
                return Optional.empty();
            }
        }
        rest.append(text.substring(consumed));
        Matcher single = SINGLE.matcher(rest);
        while (single.find()) {
            ids.add(single.group());
        }
        return ids.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(ids));
    }

    /** The common cell, a single id, without the regular expressions the general case needs. */
    private static boolean isOneId(String text) {
        int dash = text.indexOf('-');
        if (dash < 2 || dash > 8 || text.length() < dash + 2 || text.endsWith("-") || text.contains("--")) {
            return false;
        }
        for (int i = 0; i < dash; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        for (int i = dash + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean addRange(String first, String last, List<String> ids, Budget budget) {
        RequirementId from = RequirementId.parse(first);
        RequirementId to = last.chars().allMatch(Character::isDigit)
                ? new RequirementId(from.spec(), last, "") : RequirementId.parse(last);
        if (from.number().isEmpty() || to.number().isEmpty() || !from.spec().equals(to.spec())
                || !from.suffix().isEmpty() || !to.suffix().isEmpty() || from.number().length() > MAX_DIGITS
                || to.number().length() > MAX_DIGITS) {
            return false;
        }
        int start = Integer.parseInt(from.number());
        int end = Integer.parseInt(to.number());
        if (end < start || end - start >= MAX_MEMBERS || !budget.take(end - start + 1)) {
            return false;
        }
        int width = from.number().length();
        for (int n = start; n <= end; n++) {
            ids.add(from.spec() + "-" + String.format("%0" + width + "d", n));
        }
        return true;
    }
}
