package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/** smaqit renders and checks one notation; a design in another is not rendered by its tools. */
public final class DesignNotationRule extends AbstractRule implements DesignRule {

    public DesignNotationRule() {
        super("design-notation", Severity.ERROR,
                "A design's notation is plantuml");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        String notation = index.schema().notation();
        Fields.scalar(design, "notation").filter(entry -> !entry.value().strip().equals(notation))
                .ifPresent(entry -> report(out, entry.valuePosition(), "notation", String.format(
                        "notation %s; smaqit designs are written in %s", Fields.written(entry), notation)));
    }
}
