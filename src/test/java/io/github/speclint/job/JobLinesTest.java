package io.github.speclint.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The forked check's lines: each message on one line whatever it holds, and each kind where it belongs. */
class JobLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "a\\b", "two\nlines", "cr\r\nlf", "ends with \\", "\\n is not a break", "",
            "::error file=x::injected", "ünïcödé ✓"})
    void aMessageTravelsOnOneLineAndComesBackAsItWas(String message) {
        Relay relay = new Relay();
        JobLines lines = new JobLines(relay.stream);
        lines.warn(message);
        lines.output(message);

        assertEquals(2, relay.lines().size(), relay.lines().toString());
        relay.dispatchAll();
        assertEquals(List.of("warn " + message, "out " + message), relay.received);
    }

    @Test
    void eachKindGoesWhereItBelongs() {
        Relay relay = new Relay();
        JobLines lines = new JobLines(relay.stream);
        lines.debug("d");
        lines.info("i");
        lines.warn("w");
        lines.error("e");
        lines.output("::warning file=a.md::x");
        lines.failure("speclint: cannot write reports");
        lines.outcome(new CheckOutcome(3, 2, 7, 1, 0, true));

        relay.dispatchAll();

        assertEquals(List.of("debug d", "info i", "warn w", "error e", "out ::warning file=a.md::x",
                "failure speclint: cannot write reports", "outcome CheckOutcome[errors=3, warnings=2, specs=7, known=1, "
                        + "suppressed=0, reportsWritten=true]"), relay.received);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OpenJDK 64-Bit Server VM warning: something", "X unknown kind", "R 1 2 3",
            "R 1 2 three 4 5 true", "I", "\u001B[31mred"})
    void aLineInNoKnownFormIsAWarningShownEscaped(String line) {
        Relay relay = new Relay();

        JobLines.dispatch(line, relay, relay.received::add, relay);

        assertEquals(1, relay.received.size(), relay.received.toString());
        String warning = relay.received.get(0);
        assertEquals("warn speclint: forked JVM: ", warning.substring(0, "warn speclint: forked JVM: ".length()));
        assertEquals(-1, warning.indexOf('\u001B'), warning);
    }

    /** Captures what a JobLines writes, and what dispatching it back gives. */
    private static final class Relay extends RecordingJobLog implements JobLines.Receiver {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        private final List<String> received = lines;

        List<String> lines() {
            stream.flush();
            return bytes.toString(StandardCharsets.UTF_8).lines().toList();
        }

        void dispatchAll() {
            lines().forEach(line -> JobLines.dispatch(line, this, this::output, this));
        }

        @Override
        public void failure(String message) {
            received.add("failure " + message);
        }

        @Override
        public void outcome(CheckOutcome outcome) {
            received.add("outcome " + outcome);
        }
    }
}
