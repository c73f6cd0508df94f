package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignLine;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/**
 * A diagram that includes or imports other files renders differently from what its sum and attestation cover, and
 * can reach files outside the project; smaqit's gate refuses it.
 */
public final class DesignIncludeRule extends AbstractRule implements DesignRule {

    public DesignIncludeRule() {
        super("design-include", Severity.ERROR,
                "Diagrams pull in nothing from elsewhere: no !include, !import or !pragma include");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        for (DesignLine include : design.body().includes()) {
            report(out, include.position(), include.text(), String.format("\"%s\" pulls diagram text from "
                    + "elsewhere; smaqit refuses %s in a design: write the diagram out in full",
                    Fields.shortened(include.text()), Fields.oneOf(index.schema().includeDirectives())));
        }
    }
}
