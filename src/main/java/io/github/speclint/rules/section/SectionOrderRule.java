package io.github.speclint.rules.section;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.OutlineMatch.OutOfOrder;
import io.github.speclint.rules.SpecContext;

/** Sections follow the template's order, so every spec of a layer reads the same way. */
public final class SectionOrderRule extends AbstractRule implements DocumentRule {


    public SectionOrderRule() {
        super("section-order", Severity.WARNING,
                "Template sections appear in the template's order");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (OutOfOrder misplaced : context.outline().outOfOrder()) {
            StringBuilder place = new StringBuilder();
            if (misplaced.after() != null) {
                place.append(" after ").append(Where.quoted(misplaced.after()));
            }
            if (misplaced.before() != null) {
                place.append(place.isEmpty() ? "" : " and").append(" before ")
                        .append(Where.quoted(misplaced.before()));
            }
            report(out, misplaced.section().position(), misplaced.section().heading(), String.format(
                    "section %s is out of template order: %s puts it%s", Where.quoted(misplaced.section()),
                    context.template(), place));
        }
    }
}
