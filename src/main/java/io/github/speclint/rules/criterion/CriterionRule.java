package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** A rule that judges each acceptance criterion of a spec on its own. */
abstract class CriterionRule extends AbstractRule implements DocumentRule {

    CriterionRule(String id, Severity severity, String summary) {
        super(id, severity, summary);
    }

    @Override
    public final void check(SpecContext context, FindingSink out) {
        for (Criterion criterion : context.spec().criteria()) {
            check(criterion, context, out);
        }
    }

    abstract void check(Criterion criterion, SpecContext context, FindingSink out);

    /** The criterion's id, or where it is when it has none: what a finding is about. */
    static String subject(Criterion criterion) {
        return criterion.hasId() ? criterion.id() : "criterion at line " + criterion.position().line();
    }
}
