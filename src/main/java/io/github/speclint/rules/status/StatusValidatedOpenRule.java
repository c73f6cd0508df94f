package io.github.speclint.rules.status;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.List;

/** A validated spec has had every testable criterion checked; an open box contradicts the status. */
public final class StatusValidatedOpenRule extends AbstractRule implements DocumentRule {

    public StatusValidatedOpenRule() {
        super("status-validated-open", Severity.WARNING,
                "A validated spec has no open [ ] criteria except untestable ones");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        SpecDocument spec = context.spec();
        if (!spec.status().filter("validated"::equals).isPresent()) {
            return;
        }
        List<Criterion> open = spec.criteria().stream().filter(Criterion::hasId)
                .filter(c -> c.isOpen() && !c.untestable()).toList();
        if (!open.isEmpty()) {
            report(out, open.get(0).position(), "status", String.format("spec is validated but %s %s still open "
                    + "([ ]); validate them or change the status", StatusDraftCheckedRule.ids(open),
                    open.size() == 1 ? "is" : "are"));
        }
    }
}
