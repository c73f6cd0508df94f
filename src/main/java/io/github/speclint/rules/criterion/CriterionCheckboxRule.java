package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.Set;

/** The checkbox holds one of smaqit's three states: open, satisfied or failed. */
public final class CriterionCheckboxRule extends CriterionRule {

    private static final Set<String> STATES = Set.of(" ", "x", "X", "!");

    public CriterionCheckboxRule() {
        super("criterion-checkbox", Severity.ERROR,
                "Checkboxes are [ ], [x] or [!]");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        if (criterion.checkbox() != null && !STATES.contains(criterion.checkbox())) {
                report(out, criterion.position().withColumn(criterion.position().column() + 2), subject(criterion),
                    String.format("checkbox \"[%s]\" is not one of \"[ ]\" (open), \"[x]\" (satisfied) or "
                            + "\"[!]\" (failed)", criterion.checkbox()));
        }
    }
}
