package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/** Each layer draws its own kinds of diagram: a use case for business, a deployment for infrastructure, ... */
public final class DesignDiagramTypeRule extends AbstractRule implements DesignRule {

    public DesignDiagramTypeRule() {
        super("design-diagram-type", Severity.ERROR,
                "A design's diagram_type is one its layer allows");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        index.kind(design).ifPresent(kind -> Fields.scalar(design, "diagram_type").ifPresent(entry -> {
            if (!kind.diagramTypes().contains(entry.value().strip())) {
                report(out, entry.valuePosition(), "diagram_type", String.format("diagram_type %s is not one %s "
                        + "design may have; use %s", Fields.written(entry), Fields.article(kind.folder()),
                        Fields.oneOf(kind.diagramTypes())));
            }
        }));
    }
}
