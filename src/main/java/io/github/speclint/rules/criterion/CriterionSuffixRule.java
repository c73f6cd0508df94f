package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.RequirementId;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** {@code FUN-X-003-REV}: a suffix after the number, seen in real specs for revised criteria; ids end in NNN. */
public final class CriterionSuffixRule extends CriterionRule {


    public CriterionSuffixRule() {
        super("criterion-suffix", Severity.WARNING,
                "Criterion ids end with their number, without suffixes such as -REV");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        if (!criterion.hasId() || Placeholder.tokenIn(criterion.id())) {
            return;
        }
        RequirementId id = RequirementId.parse(criterion.id());
        if (!id.suffix().isEmpty()) {
            report(out, criterion.idPosition(), criterion.id(), String.format(
                    "criterion id \"%s\" has the suffix \"%s\" after its number; smaqit ids end with three "
                            + "digits: deprecate %s and add the revision under a new number", criterion.id(),
                    id.suffix(), id.base()));
        }
    }
}
