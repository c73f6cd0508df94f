package io.github.speclint.report;

import io.github.speclint.LintStatistics;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;

import java.util.StringJoiner;

/** The one-line forms a terminal and an IDE's console parse: {@code path:line:col: severity: message [rule]}. */
public final class ConsoleFormat {

    private ConsoleFormat() {
    }

    public static String line(Finding finding) {
        return String.format("%s:%d:%d: %s: %s [%s]", finding.path(), finding.line(), finding.column(),
                finding.severity().label(), finding.message(), finding.ruleId());
    }

    /** {@code speclint: 18 specs (4 BUS, 5 FUN, 3 STK, 3 INF, 3 COV), 2 errors, 7 warnings in 312 ms}. */
    public static String summary(LintStatistics statistics) {
        StringJoiner layers = new StringJoiner(", ", " (", ")");
        for (Layer layer : Layer.values()) {
            layers.add(statistics.specsPerLayer().getOrDefault(layer, 0) + " " + layer.prefix());
        }
        String skipped = statistics.skipped() == 0 ? "" : String.format(", %d other Markdown %s skipped",
                statistics.skipped(), statistics.skipped() == 1 ? "file" : "files");
        return String.format("speclint: %d %s%s%s, %s, %s in %d ms", statistics.specs(),
                statistics.specs() == 1 ? "spec" : "specs", layers, skipped, plural(statistics.errors(), "error"),
                plural(statistics.warnings(), "warning"), statistics.engineMillis());
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
