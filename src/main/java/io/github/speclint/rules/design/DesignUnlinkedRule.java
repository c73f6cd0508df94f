package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/**
 * A design no spec links is invisible to the specs' readers and to smaqit's gate, which starts from the specs: it is
 * either forgotten in a Design References section or left over. Deprecated designs are expected to be unlinked.
 */
public final class DesignUnlinkedRule extends AbstractRule implements DesignRule {

    public DesignUnlinkedRule() {
        super("design-unlinked", Severity.WARNING,
                "Every design that is not deprecated is linked from some spec's Design References");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        if (!design.readable() || design.status().filter(index.schema().deprecated()::equals).isPresent()
                || !index.linkedBy(design).isEmpty()) {
            return;
        }
        report(out, Fields.valueAt(design, "id"), design.path(), String.format("no spec links %s in its %s; link it "
                + "from the specs it draws, or mark it %s", design.id().orElse(design.fileName()),
                index.schema().section(), index.schema().deprecated()));
    }
}
