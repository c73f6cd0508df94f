package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.SpecContext;

import java.util.Set;

/** The checkbox holds one of smaqit's three states: open, satisfied or failed. */
public final class CriterionCheckboxRule implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("criterion-checkbox", Severity.ERROR,
            "Checkboxes are [ ], [x] or [!]");
    private static final Set<String> STATES = Set.of(" ", "x", "X", "!");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (Criterion criterion : context.spec().criteria()) {
            if (criterion.checkbox() != null && !STATES.contains(criterion.checkbox())) {
                String subject = criterion.hasId() ? criterion.id() : "criterion at " + criterion.position().line();
                out.report(INFO, criterion.position().withColumn(criterion.position().column() + 2), subject,
                        String.format("checkbox \"[%s]\" is not one of \"[ ]\" (open), \"[x]\" (satisfied) or "
                                + "\"[!]\" (failed)", criterion.checkbox()));
            }
        }
    }
}
