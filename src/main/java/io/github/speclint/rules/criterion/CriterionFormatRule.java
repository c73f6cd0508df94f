package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** A criterion is one bullet line {@code - [ ] ID: text}, the form smaqit's agents read and tick. */
public final class CriterionFormatRule extends CriterionRule {


    public CriterionFormatRule() {
        super("criterion-format", Severity.ERROR,
                "Criteria are written \"- [ ] ID: text\"");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        String problem = problem(criterion);
        if (problem == null) {
            return;
        }
        String what = criterion.hasId() ? "criterion " + criterion.id() : "list item under \"Acceptance Criteria\"";
        report(out, criterion.position(), subject(criterion), String.format("%s %s; expected \"%s\"", what, problem,
                Expected.line(context)));
    }

    private static String problem(Criterion criterion) {
        if (!criterion.hasId()) {
            return "has no criterion id";
        }
        if (!criterion.bulleted()) {
            return "is a numbered item, not a \"- \" bullet";
        }
        if (criterion.checkbox() == null) {
            return "has no checkbox";
        }
        if (criterion.boldId()) {
            return "has its id in bold";
        }
        if (!criterion.isRange() && criterion.separator().isEmpty()) {
            return "has no \":\" after its id";
        }
        return null;
    }
}
