package io.github.speclint.report;

import io.github.speclint.LintStatistics;
import io.github.speclint.graph.GraphStatistics;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestResults;
import io.github.speclint.tests.TestState;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** The one-line forms a terminal and an IDE's console parse: {@code path:line:col: severity: message [rule]}. */
public final class ConsoleFormat {

    private ConsoleFormat() {
    }

    /** In a multi-module run the line starts with the module, {@code [orders] orders/docs/...}: under {@code -T 4}
     * the modules' lines interleave. */
    public static String line(Finding finding) {
        // concatenated, not formatted: this runs once per finding and per report, and digits stay ASCII in any locale
        return (finding.module().isEmpty() ? "" : "[" + finding.module() + "] ") + finding.path() + ":"
                + finding.line() + ":" + finding.column() + ": " + finding.severity().label() + ": "
                + finding.message() + " [" + finding.ruleId() + "]";
    }

    /** The line above a file's findings: {@code docs/business/uc1-login.md: 2 errors, 1 warning}. */
    public static String fileHeader(String path, List<Finding> findings) {
        // counted in a loop: this runs once per file of the tree
        int errors = 0;
        int warnings = 0;
        for (Finding finding : findings) {
            errors += finding.severity() == Severity.ERROR ? 1 : 0;
            warnings += finding.severity() == Severity.WARNING ? 1 : 0;
        }
        return path + ": " + plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    /** The findings counted per rule, most frequent first: {@code speclint: section-missing 5, table-columns 1}. */
    public static String ruleCounts(List<Finding> findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        StringJoiner line = new StringJoiner(", ", "speclint: findings by rule: ", "");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> line.add(entry.getKey() + " " + entry.getValue()));
        return line.toString();
    }

    /**
     * {@code speclint: 18 specs (4 BUS, 5 FUN, 3 STK, 3 INF, 3 COV), 40 links, 90 criteria (30 done, 2 failed),
     * 96% mapped to tests, 2 errors, 7 warnings in 312 ms}.
     */
    public static String summary(LintStatistics statistics) {
        StringJoiner layers = new StringJoiner(", ", " (", ")");
        statistics.specsPerLayer().forEach((layer, count) -> layers.add(count + " " + layer.prefix()));
        String skipped = statistics.skipped() == 0 ? "" : String.format(", %d other Markdown %s skipped",
                statistics.skipped(), statistics.skipped() == 1 ? "file" : "files");
        String excluded = statistics.excluded() == 0 ? "" : String.format(", %s left out by includes/excludes "
                + "(read for links only)", plural(statistics.excluded(), "spec"));
        String designs = statistics.designs() == 0 ? "" : ", " + plural(statistics.designs(), "design");
        return String.format("speclint: %d %s%s%s%s%s%s, %s, %s%s in %d ms", statistics.specs(),
                statistics.specs() == 1 ? "spec" : "specs", layers, designs, excluded, skipped,
                graph(statistics.graph()),
                plural(statistics.errors(), "error"), plural(statistics.warnings(), "warning"), accepted(statistics),
                statistics.engineMillis());
    }

    /** The summary of one module of several, or of several modules: {@code speclint [orders]: 3 specs ...}. */
    public static String summary(LintStatistics statistics, String scope) {
        String summary = summary(statistics);
        return scope.isEmpty() ? summary : "speclint [" + scope + "]: " + summary.substring("speclint: ".length());
    }

    /** {@code , 2 suppressed, 6 known from the baseline, 1 baseline entry no longer found}; empty when none. */
    private static String accepted(LintStatistics statistics) {
        StringBuilder text = new StringBuilder();
        if (statistics.suppressed() > 0) {
            text.append(", ").append(statistics.suppressed()).append(" suppressed");
        }
        if (statistics.known() > 0) {
            text.append(", ").append(statistics.known()).append(" known from the baseline");
        }
        if (statistics.absent() > 0) {
            text.append(", ").append(plural(statistics.absent(), "baseline entry", "baseline entries"))
                    .append(" no longer found");
        }
        return text.toString();
    }

    /** {@code , 21 links, 26 criteria (9 done, 0 failed), 100% mapped to tests}. */
    private static String graph(GraphStatistics graph) {
        String coverage = graph.coverage().isPresent()
                ? String.format(", %.0f%% mapped to tests", graph.coverage().getAsDouble()) : "";
        return String.format(", %s, %s (%d done, %d failed)%s", plural(graph.links(), "link"),
                graph.criteria() == 1 ? "1 criterion" : graph.criteria() + " criteria", graph.done(), graph.failed(),
                coverage);
    }

    /** The summary without the tool's name and the run's time: what a published page states. */
    public static String headline(LintStatistics statistics) {
        return summary(statistics).replaceFirst("^speclint: ", "").replaceFirst(" in \\d+ ms$", "");
    }

    private static String plural(int count, String noun) {
        return plural(count, noun, noun + "s");
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /**
     * {@code speclint: test reports: 2 files, 14 tests; Coverage Map test cases: 9 passed, 1 failed, 2 not run}:
     * the line a run with test reports adds under the summary.
     */
    public static String testSummary(TestEvidence tests) {
        Map<TestState, Integer> states = new EnumMap<>(TestState.class);
        tests.all().forEach(testCase -> states.merge(testCase.state(), 1, Integer::sum));
        TestResults results = tests.results();
        StringJoiner cases = new StringJoiner(", ");
        for (TestState state : TestState.values()) {
            cases.add(states.getOrDefault(state, 0) + " " + state.label());
        }
        return String.format("speclint: test reports: %s, %s; Coverage Map test cases: %s",
                plural(results.reports(), "file"), plural(results.tests(), "test"), cases);
    }
}
