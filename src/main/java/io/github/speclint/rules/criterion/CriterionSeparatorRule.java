package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/**
 * {@code - [!] FUN-X-007 — text}: a dash where the template has a colon. smaqit's own status skill writes it that
 * way, so it is drift, not a gap; tools that split on ": " miss the text.
 */
public final class CriterionSeparatorRule extends CriterionRule {

    public CriterionSeparatorRule() {
        super("criterion-separator", Severity.WARNING,
                "A colon, not a dash, separates a criterion's id from its text");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        String separator = criterion.separator();
        if (criterion.hasId() && !criterion.isRange() && !separator.isEmpty() && !separator.equals(":")) {
            report(out, criterion.idPosition(), criterion.id(), String.format("criterion %s has \"%s\" after its id; the template writes \"%s: "
                            + "<text>\"", criterion.id(), separator, criterion.id()));
        }
    }
}
