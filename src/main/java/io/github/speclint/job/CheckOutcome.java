package io.github.speclint.job;

import io.github.speclint.LintStatistics;

/**
 * What the build decides on after a check: the findings that count, the specs, what the team accepted, and whether
 * report files were written (the failure message then points at them).
 */
public record CheckOutcome(int errors, int warnings, int specs, int known, int suppressed, boolean reportsWritten) {

    public static CheckOutcome of(LintStatistics statistics, boolean reportsWritten) {
        return new CheckOutcome(statistics.errors(), statistics.warnings(), statistics.specs(), statistics.known(),
                statistics.suppressed(), reportsWritten);
    }
}
