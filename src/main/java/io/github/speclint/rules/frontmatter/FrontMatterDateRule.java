package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Lifecycle timestamps are dates ({@code 2026-01-22}) or ISO date-times ({@code 2026-01-30T23:25:24Z}). */
public final class FrontMatterDateRule extends AbstractRule implements DocumentRule {

    static final List<String> DATE_KEYS = List.of("created", "implemented", "deployed", "validated", "modified",
            "updated");

    public FrontMatterDateRule() {
        super("frontmatter-date", Severity.ERROR,
                "created, implemented, deployed, validated, modified and updated are dates or ISO date-times");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (String key : DATE_KEYS) {
            context.spec().frontMatter().entry(key)
                    .filter(entry -> !entry.isBlank() && !Placeholder.tokenIn(entry.source()))
                    .filter(entry -> !entry.isScalar() || !isDateOrDateTime(entry.value().strip()))
                    .ifPresent(entry -> report(out, entry.valuePosition(), key, message(key, entry)));
        }
    }

    private static String message(String key, FrontMatterEntry entry) {
        return String.format("\"%s\" is \"%s\", which is not a date (YYYY-MM-DD) or an ISO date-time "
                + "(YYYY-MM-DDTHH:MM:SSZ)", key, entry.isScalar() ? entry.value().strip() : entry.source());
    }

    /**
     * A date has no time separator and a date-time must have one, so each value is tried only against the forms
     * that can match it: a failed parse costs an exception, on every spec.
     */
    static boolean isDateOrDateTime(String value) {
        if (isPlainDate(value)) {
            return isValidDate(value);
        }
        if (isPlainUtcDateTime(value) && isValidDate(value.substring(0, 10)) && isValidTime(value)) {
            return true;
        }
        boolean timed = value.indexOf('T') >= 0 || value.indexOf('t') >= 0;
        if (!timed) {
            return parses(() -> LocalDate.parse(value));
        }
        return parses(() -> OffsetDateTime.parse(value)) || parses(() -> LocalDateTime.parse(value));
    }

    /** {@code YYYY-MM-DD}, the usual form: checked without the formatter, which is costly per value. */
    private static boolean isPlainDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** {@code YYYY-MM-DDTHH:MM:SSZ}, the usual date-time; anything else is left to the formatters. */
    private static boolean isPlainUtcDateTime(String value) {
        return value.length() == 20 && value.charAt(10) == 'T' && value.charAt(13) == ':' && value.charAt(16) == ':'
                && value.charAt(19) == 'Z' && digits(value, 11, 13) && digits(value, 14, 16) && digits(value, 17, 19)
                && isPlainDate(value.substring(0, 10));
    }

    /** Hours, minutes and seconds in range, as the ISO formatter's strict resolving wants them. */
    private static boolean isValidTime(String value) {
        return Integer.parseInt(value, 11, 13, 10) < 24 && Integer.parseInt(value, 14, 16, 10) < 60
                && Integer.parseInt(value, 17, 19, 10) < 60;
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** What {@code LocalDate.parse} accepts of a plain date: a real day of a real month. */
    private static boolean isValidDate(String value) {
        try {
            LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                    Integer.parseInt(value, 8, 10, 10));
            return true;
        } catch (DateTimeException notADay) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException notThisForm) {
            return false;
        }
    }
}
