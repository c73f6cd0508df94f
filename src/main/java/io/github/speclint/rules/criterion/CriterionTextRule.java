package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.SpecContext;

/** An id with nothing after it is no criterion: there is nothing to implement or test. */
public final class CriterionTextRule implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("criterion-text-empty", Severity.ERROR,
            "Every criterion states what must hold");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (Criterion criterion : context.spec().criteria()) {
            if (criterion.hasId() && criterion.text().isBlank()) {
                out.report(INFO, criterion.idPosition(), criterion.id(), String.format("criterion %s has no text; "
                        + "state what must hold, measurably", criterion.id()));
            }
        }
    }
}
