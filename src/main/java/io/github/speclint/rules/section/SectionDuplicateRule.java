package io.github.speclint.rules.section;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.OutlineMatch.Duplicate;
import io.github.speclint.rules.SpecContext;

/** A template section written twice splits its content; only the first is checked against the template. */
public final class SectionDuplicateRule extends AbstractRule implements DocumentRule {


    public SectionDuplicateRule() {
        super("section-duplicate", Severity.WARNING,
                "Each template section appears once under its parent");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (Duplicate duplicate : context.outline().duplicates()) {
            report(out, duplicate.again().position(), duplicate.rule().display(), String.format(
                    "section %s appears again (first on line %d); merge the two", Where.quoted(duplicate.again()),
                    duplicate.first().position().line()));
        }
    }
}
