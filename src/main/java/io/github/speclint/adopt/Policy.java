package io.github.speclint.adopt;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a team accepts in a run: the severities it gave rules, the baseline of findings it adopted with, and the day
 * that {@code until=} dates of suppressions are held against.
 */
public record Policy(RuleSeverities severities, Optional<Baseline> baseline, LocalDate today) {

    public Policy {
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(today, "today");
    }

    /** Every rule at its severity, no baseline, today's date. */
    public static Policy defaults() {
        return of(RuleSeverities.DEFAULTS);
    }

    public static Policy of(RuleSeverities severities) {
        return new Policy(severities, Optional.empty(), LocalDate.now());
    }

    public Policy withBaseline(Baseline newBaseline) {
        return new Policy(severities, Optional.of(newBaseline), today);
    }

    public Policy on(LocalDate day) {
        return new Policy(severities, baseline, day);
    }
}
