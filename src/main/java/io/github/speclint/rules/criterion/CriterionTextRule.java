package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** An id with nothing after it is no criterion: there is nothing to implement or test. */
public final class CriterionTextRule extends CriterionRule {


    public CriterionTextRule() {
        super("criterion-text-empty", Severity.ERROR,
                "Every criterion states what must hold");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        if (criterion.hasId() && criterion.text().isBlank()) {
            report(out, criterion.idPosition(), criterion.id(), String.format("criterion %s has no text; "
                    + "state what must hold, measurably", criterion.id()));
        }
    }
}
