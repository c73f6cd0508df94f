package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.HashMap;
import java.util.Map;

/** Within a spec each criterion id is used once; coverage maps and test results point at it. */
public final class CriterionDuplicateIdRule extends AbstractRule implements DocumentRule {


    public CriterionDuplicateIdRule() {
        super("criterion-duplicate-id", Severity.ERROR,
                "Each criterion id appears once in a spec");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        Map<String, Criterion> first = new HashMap<>();
        for (Criterion criterion : context.spec().criteria()) {
            if (!criterion.hasId()) {
                continue;
            }
            Criterion earlier = first.putIfAbsent(criterion.id(), criterion);
            if (earlier != null) {
                report(out, criterion.idPosition(), criterion.id(), String.format(
                        "criterion id \"%s\" is used again (first on line %d); give this criterion the next free "
                                + "number", criterion.id(), earlier.position().line()));
            }
        }
    }
}
