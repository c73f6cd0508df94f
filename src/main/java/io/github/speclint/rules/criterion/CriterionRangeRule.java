package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** {@code - [x] COV-X-001 through COV-X-040: ...} bundles criteria that can no longer be ticked one by one. */
public final class CriterionRangeRule extends CriterionRule {


    public CriterionRangeRule() {
        super("criterion-range", Severity.WARNING,
                "One criterion per line, not \"X through Y\" ranges");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        if (criterion.isRange()) {
            report(out, criterion.idPosition(), criterion.id() + " through " + criterion.rangeEnd(),
                    String.format("\"%s through %s\" covers a range of criteria in one line; write one line per "
                            + "criterion so each can be ticked and traced", criterion.id(), criterion.rangeEnd()));
        }
    }
}
