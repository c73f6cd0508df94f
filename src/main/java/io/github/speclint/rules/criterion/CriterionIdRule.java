package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.RequirementId;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** A criterion id is the spec's id and a three-digit number: {@code FUN-LOGIN-007} in spec {@code FUN-LOGIN}. */
public final class CriterionIdRule extends CriterionRule {


    public CriterionIdRule() {
        super("criterion-id", Severity.ERROR,
                "Criterion ids are the spec id plus -NNN (three digits)");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        if (!criterion.hasId() || criterion.isRange() || Placeholder.tokenIn(criterion.id())) {
            return;
        }
        String prefix = Expected.idPrefix(context);
        boolean knownSpecId = !prefix.endsWith("<CONCEPT>");
        RequirementId id = RequirementId.parse(criterion.id());
        boolean wrongSpec = knownSpecId ? !id.spec().equals(prefix)
                : !id.spec().startsWith(context.schema().layer().prefix() + "-");
        if (criterion.id().endsWith("-NNN")) {
            report(out, criterion.idPosition(), criterion.id(), String.format("criterion id \"%s\" still ends with "
                    + "the template's NNN; number the criterion: %s-001, %s-002, ...", criterion.id(), prefix, prefix));
            return;
        }
        if (wrongSpec || !id.hasThreeDigitNumber()) {
            report(out, criterion.idPosition(), criterion.id(), String.format(
                    "criterion id \"%s\" should be %s-NNN with a three-digit number%s", criterion.id(), prefix,
                    wrongSpec && knownSpecId ? ", named after the spec id " + prefix : ""));
        }
    }
}
