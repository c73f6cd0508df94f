package io.github.speclint.rules.identity;

import io.github.speclint.graph.CriterionRef;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

/**
 * "IDs MUST be unique within the project": a criterion id in two files makes coverage maps and test results point
 * at two things. Reported in each file, naming the other. Test-case ids in coverage maps are not criteria.
 */
public final class CriterionSharedIdRule extends AbstractRule implements GraphRule {

    public CriterionSharedIdRule() {
        super("criterion-shared-id", Severity.ERROR,
                "Each criterion id is defined in one spec file only");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        for (Criterion criterion : spec.criteria()) {
            for (String id : criterion.memberIds()) {
                if (index.isSharedCriterionId(id)) {
                    index.criteria(id).stream().filter(ref -> ref.spec() != spec).findFirst()
                            .ifPresent(other -> report(out, criterion.idPosition(), id, message(id, other)));
                }
            }
        }
    }

    private static String message(String id, CriterionRef other) {
        return String.format("criterion id \"%s\" is also defined in %s:%d; criterion ids are unique in the project",
                id, other.spec().path(), other.criterion().idPosition().line());
    }
}
