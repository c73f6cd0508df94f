package io.github.speclint.job;

import io.github.speclint.model.EscapedText;

import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The forked check's standard output, one line per message: a letter for its kind ({@code D}, {@code I}, {@code W},
 * {@code E} for the log levels, {@code O} for a line of standard output, {@code F} for the failure that stopped it,
 * {@code R} for the outcome), a space, and the text with backslashes and line breaks escaped, so that no message can
 * end its line early and pass for another.
 */
public final class JobLines implements JobLog {

    private final PrintStream out;

    public JobLines(PrintStream out) {
        this.out = out;
    }

    @Override
    public void debug(String line) {
        send('D', line);
    }

    @Override
    public void info(String line) {
        send('I', line);
    }

    @Override
    public void warn(String line) {
        send('W', line);
    }

    @Override
    public void error(String line) {
        send('E', line);
    }

    public void output(String line) {
        send('O', line);
    }

    public void failure(String message) {
        send('F', message);
    }

    public void outcome(CheckOutcome outcome) {
        send('R', outcome.errors() + " " + outcome.warnings() + " " + outcome.specs() + " " + outcome.known() + " "
                + outcome.suppressed() + " " + outcome.reportsWritten());
    }

    private void send(char kind, String text) {
        out.print(kind);
        out.print(' ');
        out.print(escape(text));
        out.print('\n');
    }

    /** What the build makes of a line the fork sent. */
    public interface Receiver {

        void failure(String message);

        void outcome(CheckOutcome outcome);
    }

    /**
     * Hands one line of the fork's output on: log lines to the log, output lines to standard output, the failure and
     * the outcome to the receiver. A line in no known form (the JVM's own) goes to the log as a warning, escaped.
     */
    public static void dispatch(String line, JobLog log, Consumer<String> stdout, Receiver receiver) {
        if (line.length() < 2 || line.charAt(1) != ' ') {
            log.warn("speclint: forked JVM: " + EscapedText.of(line));
            return;
        }
        String text = unescape(line.substring(2));
        switch (line.charAt(0)) {
            case 'D' -> log.debug(text);
            case 'I' -> log.info(text);
            case 'W' -> log.warn(text);
            case 'E' -> log.error(text);
            case 'O' -> stdout.accept(text);
            case 'F' -> receiver.failure(text);
            case 'R' -> outcome(text).ifPresentOrElse(receiver::outcome,
                    () -> log.warn("speclint: forked JVM: " + EscapedText.of(line)));
            default -> log.warn("speclint: forked JVM: " + EscapedText.of(line));
        }
    }

    private static Optional<CheckOutcome> outcome(String text) {
        String[] parts = text.split(" ");
        if (parts.length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckOutcome(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2]), Integer.parseInt(parts[3]), Integer.parseInt(parts[4]),
                    Boolean.parseBoolean(parts[5])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String escape(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                plain.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
