package io.github.speclint.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule silenced by a {@code speclint-disable...} comment in a spec: on which lines, why, and until when. A comment
 * naming several rules gives one suppression per rule.
 *
 * @param directive how the comment reads: {@code speclint-disable-next-line}, {@code speclint-disable-line},
 *                  {@code speclint-disable} or {@code speclint-disable-file}
 * @param ruleId    the rule id as written; it may name no rule, which is a finding of its own
 * @param fromLine  the first line it covers
 * @param toLine    the last line it covers ({@link Integer#MAX_VALUE}: to the end of the file)
 * @param reason    the justification after {@code --}, cut to {@link Excerpt#MAX_LENGTH} characters; empty when the
 *                  comment gives none, and then it silences nothing
 * @param until     the last day it applies, when it has {@code until=YYYY-MM-DD}
 * @param position  where the comment starts
 */
public record Suppression(String directive, String ruleId, int fromLine, int toLine, String reason,
                          Optional<LocalDate> until, SourcePosition position) {

    public static final String NEXT_LINE = "speclint-disable-next-line";
    /**
     * On the line the comment starts on: for a table row, where a comment on a line of its own would end the table.
     */
    public static final String LINE = "speclint-disable-line";
    public static final String RANGE = "speclint-disable";
    public static final String FILE = "speclint-disable-file";
    public static final String ENABLE = "speclint-enable";

    public Suppression {
        Objects.requireNonNull(directive, "directive");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(position, "position");
    }

    public boolean covers(int line) {
        return fromLine <= line && line <= toLine;
    }

    public boolean hasReason() {
        return !reason.isBlank();
    }

    /** True once the day after {@code until} has come. */
    public boolean expiredOn(LocalDate today) {
        return until.filter(today::isAfter).isPresent();
    }

    /** Where it applies, for messages: "on line 13", "on lines 5 to 20", "from line 5 to the end", "in this file". */
    public String where() {
        if (directive.equals(FILE)) {
            return "in this file";
        }
        if (fromLine == toLine) {
            return "on line " + fromLine;
        }
        return toLine == Integer.MAX_VALUE ? "from line " + fromLine + " to the end of the file"
                : "on lines " + fromLine + " to " + toLine;
    }
}
