package io.github.speclint.rules.section;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.OutlineMatch.Matched;
import io.github.speclint.rules.SpecContext;

/** "Empty sections are not permitted": a template section holds content or says why it does not apply. */
public final class SectionEmptyRule extends AbstractRule implements DocumentRule {


    public SectionEmptyRule() {
        super("section-empty", Severity.ERROR,
                "Template sections have content or state \"Not applicable: <reason>\"");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (Matched matched : context.outline().matched()) {
            if (matched.section().isEmpty()) {
                report(out, matched.section().position(), matched.rule().display(), String.format(
                        "section %s is empty; write its content or state \"Not applicable: <reason>\"",
                        Where.quoted(matched.section())));
            }
        }
    }
}
