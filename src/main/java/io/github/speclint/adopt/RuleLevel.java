package io.github.speclint.adopt;

import io.github.speclint.model.Severity;

import java.util.Locale;
import java.util.Optional;

/** What a team sets a rule to: one of the severities, or {@code off} (the rule does not run). */
enum RuleLevel {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), OFF(null);

    static final String NAMES = "error, warning, info or off";

    private final Severity severity;

    RuleLevel(Severity severity) {
        this.severity = severity;
    }

    static Optional<RuleLevel> named(String name) {
        for (RuleLevel level : values()) {
            if (level.label().equals(name.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** Empty for {@code off}. */
    Optional<Severity> severity() {
        return Optional.ofNullable(severity);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
