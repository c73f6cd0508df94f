package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignLine;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/** Since smaqit 3.3.0 the rendered image carries the design id as its title, so an image names its source. */
public final class DesignTitleRule extends AbstractRule implements DesignRule {

    public DesignTitleRule() {
        super("design-title", Severity.ERROR,
                "The line after @startuml is \"title\" and the design id");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        Fields.text(design, "id").ifPresent(id -> design.body().startLine().ifPresent(start -> {
            String expected = index.schema().titleLine() + id;
            DesignLine after = design.body().afterStart().orElse(start);
            if (design.body().afterStart().isEmpty() || !after.text().equals(expected)) {
                report(out, after.position(), "title", String.format("the line after %s is %s; smaqit wants \"%s\" "
                        + "there", Fields.shortened(start.text()), design.body().afterStart().isEmpty() ? "missing"
                        : "\"" + Fields.shortened(after.text()) + "\"", Fields.shortened(expected)));
            }
        }));
    }
}
