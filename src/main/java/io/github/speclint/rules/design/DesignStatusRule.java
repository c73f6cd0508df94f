package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/** A design's status is one of the lifecycle statuses its specs have. */
public final class DesignStatusRule extends AbstractRule implements DesignRule {

    public DesignStatusRule() {
        super("design-status", Severity.ERROR,
                "A design's status is one of smaqit's lifecycle statuses");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        design.frontMatter().entry("status").ifPresent(entry -> {
            if (!entry.isScalar() || !index.schema().isStatus(entry.value().strip())) {
                report(out, entry.valuePosition(), "status", String.format("status is %s; use %s",
                        Fields.written(entry), Fields.oneOf(index.schema().statuses())));
            }
        });
    }
}
