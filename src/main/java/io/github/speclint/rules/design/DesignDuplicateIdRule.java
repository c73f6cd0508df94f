package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

import java.util.List;

/** Two designs with one id make the spec's link text and the image title ambiguous. Reported at each, naming one other. */
public final class DesignDuplicateIdRule extends AbstractRule implements DesignRule {

    public DesignDuplicateIdRule() {
        super("design-duplicate-id", Severity.ERROR,
                "Each design id is used by one design");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        Fields.text(design, "id").ifPresent(id -> {
            List<DesignDocument> holders = index.withId(id);
            if (holders.size() > 1) {
                DesignDocument other = holders.get(0) != design ? holders.get(0) : holders.get(1);
                int more = holders.size() - 2;
                report(out, Fields.valueAt(design, "id"), id, String.format("design id \"%s\" is also the id of "
                        + "%s:%d%s; design ids are unique", Fields.shortened(id), other.path(),
                        Fields.valueAt(other, "id").line(), more == 0 ? "" : " and " + more + " other design"
                                + (more == 1 ? "" : "s")));
            }
        });
    }
}
