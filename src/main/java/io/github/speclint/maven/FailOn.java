package io.github.speclint.maven;

import io.github.speclint.job.CheckOutcome;
import org.apache.maven.plugin.MojoExecutionException;

import java.util.Locale;

/** The {@code failOn} threshold: which findings fail the build. */
enum FailOn {
    ERROR, WARNING, NEVER;

    static FailOn parse(String value) throws MojoExecutionException {
        return ParameterValues.oneOf(FailOn.class, "failOn", value);
    }

    /** The findings at or above the threshold: those the budget {@code maxAllowedViolations} is measured against. */
    int counted(CheckOutcome outcome) {
        return switch (this) {
            case ERROR -> outcome.errors();
            case WARNING -> outcome.errors() + outcome.warnings();
            case NEVER -> 0;
        };
    }

    /** @param budget how many counted findings the build tolerates ({@code maxAllowedViolations}) */
    boolean fails(CheckOutcome outcome, int budget) {
        return counted(outcome) > budget;
    }

    /**
     * @param budget how many counted findings the build tolerates
     * @param where  where the user finds the findings: the lines above, or the report files
     */
    String failureMessage(CheckOutcome outcome, int budget, String where) {
        String found = String.format("speclint found %d error(s) and %d warning(s) in %d spec(s) (failOn=%s)%s",
                outcome.errors(), outcome.warnings(), outcome.specs(), label(), accepted(outcome));
        String over = budget == 0 ? "" : String.format("; %d finding(s) at or above %s exceed maxAllowedViolations=%d",
                counted(outcome), label(), budget);
        return found + over + "; " + where;
    }

    /** Said when findings count but stay within the budget, so that a tolerated run is not mistaken for a clean one. */
    String withinBudget(CheckOutcome outcome, int budget) {
        return String.format("speclint: %d finding(s) at or above %s, within maxAllowedViolations=%d",
                counted(outcome), label(), budget);
    }

    /** What the team accepted, which is not counted: {@code ; not counted: 6 known from the baseline, 1 suppressed}. */
    private static String accepted(CheckOutcome outcome) {
        if (outcome.known() == 0 && outcome.suppressed() == 0) {
            return "";
        }
        String known = outcome.known() == 0 ? "" : outcome.known() + " known from the baseline";
        String suppressed = outcome.suppressed() == 0 ? "" : outcome.suppressed() + " suppressed";
        String both = known.isEmpty() || suppressed.isEmpty() ? "" : ", ";
        return "; not counted: " + known + both + suppressed;
    }

    private String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
