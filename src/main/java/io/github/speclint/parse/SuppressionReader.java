package io.github.speclint.parse;

import io.github.speclint.model.Excerpt;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Suppression;
import io.github.speclint.model.SuppressionProblem;
import io.github.speclint.model.Suppressions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Reads the speclint comments among a body's HTML, in document order, while the body is parsed:
 * {@code <!-- speclint-disable-next-line RULE[,RULE] [until=YYYY-MM-DD] -- reason -->}, {@code speclint-disable-line}
 * (at the end of a table row, say), {@code speclint-disable} ... {@code speclint-enable}, and
 * {@code speclint-disable-file}. Other comments are left alone. Each scan is a single
 * pass over the HTML's text.
 */
final class SuppressionReader {

    private static final String OPEN = "<!--";
    private static final String CLOSE = "-->";
    private static final String PREFIX = "speclint-";
    private static final String UNTIL = "until=";
    private static final Pattern NAMES = Pattern.compile("[\\s,]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final String EXAMPLE = "<!-- speclint-disable-next-line table-columns -- why it is accepted -->";

    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<SuppressionProblem> problems = new ArrayList<>();
    /** The speclint-disable ranges not yet closed by a speclint-enable, by rule. */
    private final Map<String, Suppression> open = new LinkedHashMap<>();

    /**
     * @param html      the HTML of a block or an inline node, as commonmark keeps it
     * @param lineStart where the n-th line of that HTML starts in the file
     */
    void html(String html, IntFunction<SourcePosition> lineStart) {
        int from = 0;
        int line = 0;
        int lineOffset = 0;
        int counted = 0;
        while (true) {
            int start = html.indexOf(OPEN, from);
            if (start < 0) {
                return;
            }
            int end = html.indexOf(CLOSE, start + OPEN.length());
            int stop = end < 0 ? html.length() : end;
            for (; counted < start; counted++) {
                if (html.charAt(counted) == '\n') {
                    line++;
                    lineOffset = counted + 1;
                }
            }
            SourcePosition at = shift(lineStart.apply(line), start - lineOffset);
            int lastLine = line;
            for (; counted < stop; counted++) {
                if (html.charAt(counted) == '\n') {
                    lastLine++;
                    lineOffset = counted + 1;
                }
            }
            line = lastLine;
            comment(html.substring(start + OPEN.length(), stop).strip(), at, lineStart.apply(lastLine).line());
            if (end < 0) {
                return;
            }
            from = end + CLOSE.length();
        }
    }

    Suppressions finish() {
        suppressions.addAll(open.values());
        open.clear();
        return new Suppressions(suppressions, problems);
    }

    private void comment(String text, SourcePosition at, int endLine) {
        if (!text.startsWith(PREFIX)) {
            return;
        }
        int space = 0;
        while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
            space++;
        }
        String directive = text.substring(0, space);
        String rest = text.substring(space);
        int separator = rest.indexOf("--");
        String names = separator < 0 ? rest : rest.substring(0, separator);
        String reason = separator < 0 ? "" : Excerpt.of(printable(rest.substring(separator + 2)));
        List<String> rules = new ArrayList<>();
        Optional<LocalDate> until = Optional.empty();
        for (String token : NAMES.split(names)) {
            if (token.isEmpty()) {
                continue;
            }
            if (!token.startsWith(UNTIL)) {
                rules.add(printable(token));
                continue;
            }
            Optional<LocalDate> date = date(token.substring(UNTIL.length()));
            if (date.isEmpty()) {
                problem(at, "%s has %s, which is not a date; write until=YYYY-MM-DD", directive,
                        Excerpt.of(printable(token)));
                return;
            }
            until = date;
        }
        switch (directive) {
            case Suppression.NEXT_LINE -> add(directive, rules, endLine + 1, endLine + 1, reason, until, at);
            case Suppression.LINE -> add(directive, rules, at.line(), at.line(), reason, until, at);
            case Suppression.FILE -> add(directive, rules, 1, Integer.MAX_VALUE, reason, until, at);
            case Suppression.RANGE -> disable(rules, reason, until, at);
            case Suppression.ENABLE -> enable(rules, until, at);
            default -> problem(at, "\"%s\" is not a speclint comment; use %s, %s, %s ... %s, or %s",
                    Excerpt.of(printable(directive)), Suppression.NEXT_LINE, Suppression.LINE, Suppression.RANGE,
                    Suppression.ENABLE, Suppression.FILE);
        }
    }

    private void add(String directive, List<String> rules, int fromLine, int toLine, String reason,
                     Optional<LocalDate> until, SourcePosition at) {
        if (rules.isEmpty()) {
            problem(at, "%s names no rule; name the rules it silences, as in %s", directive, EXAMPLE);
            return;
        }
        for (String rule : rules) {
            suppressions.add(new Suppression(directive, rule, fromLine, toLine, reason, until, at));
        }
    }

    private void disable(List<String> rules, String reason, Optional<LocalDate> until, SourcePosition at) {
        if (rules.isEmpty()) {
            problem(at, "%s names no rule; name the rules it silences until a %s of the same rules", Suppression.RANGE,
                    Suppression.ENABLE);
            return;
        }
        for (String rule : rules) {
            Suppression already = open.get(rule);
            if (already != null) {
                problem(at, "%s %s: the rule is already disabled since line %d", Suppression.RANGE,
                        Excerpt.of(rule), already.position().line());
                continue;
            }
            open.put(rule, new Suppression(Suppression.RANGE, rule, at.line(), Integer.MAX_VALUE, reason, until, at));
        }
    }

    /** Closes the named ranges, or every open one when it names none. */
    private void enable(List<String> rules, Optional<LocalDate> until, SourcePosition at) {
        if (until.isPresent()) {
            problem(at, "%s takes no until=; put the date on the %s it closes", Suppression.ENABLE, Suppression.RANGE);
            return;
        }
        if (rules.isEmpty() && open.isEmpty()) {
            problem(at, "%s closes no %s above it", Suppression.ENABLE, Suppression.RANGE);
        }
        for (String rule : rules.isEmpty() ? List.copyOf(open.keySet()) : rules) {
            Suppression range = open.remove(rule);
            if (range == null) {
                problem(at, "%s %s closes no %s of that rule above it", Suppression.ENABLE, Excerpt.of(rule),
                        Suppression.RANGE);
                continue;
            }
            suppressions.add(new Suppression(range.directive(), rule, range.fromLine(), at.line(), range.reason(),
                    range.until(), range.position()));
        }
    }

    private void problem(SourcePosition at, String format, Object... arguments) {
        problems.add(new SuppressionProblem(String.format(format, arguments), at));
    }

    private static Optional<LocalDate> date(String text) {
        if (text.length() != "YYYY-MM-DD".length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static SourcePosition shift(SourcePosition lineStart, int columns) {
        return lineStart.withColumn(lineStart.column() + columns);
    }

    /** A reason or a name as a report may print it: on one line, no control characters. */
    private static String printable(String text) {
        return CONTROL.matcher(text.strip().replace('\n', ' ')).replaceAll(" ").replaceAll(" {2,}", " ");
    }
}
