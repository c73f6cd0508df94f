package io.github.speclint.rules.status;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.List;

/**
 * A draft spec has not been implemented, so none of its criteria can be satisfied or failed yet; ticked boxes in a
 * draft usually survive from before the spec was revised.
 */
public final class StatusDraftCheckedRule extends AbstractRule implements DocumentRule {

    public StatusDraftCheckedRule() {
        super("status-draft-checked", Severity.WARNING,
                "A draft spec has no [x] or [!] criteria");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        SpecDocument spec = context.spec();
        if (!spec.status().filter("draft"::equals).isPresent()) {
            return;
        }
        List<Criterion> ticked = spec.criteria().stream().filter(Criterion::hasId)
                .filter(c -> c.isChecked() || c.isFailed()).toList();
        if (!ticked.isEmpty()) {
            report(out, ticked.get(0).position(), "status", String.format("spec is a draft but %s %s ticked (%s); "
                            + "reset them to [ ] or update the status", ids(ticked),
                    ticked.size() == 1 ? "is" : "are", "[x] or [!]"));
        }
    }

    static String ids(List<Criterion> criteria) {
        return String.join(", ", criteria.stream().map(Criterion::id).toList());
    }
}
