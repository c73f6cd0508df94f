package io.github.speclint.rules.section;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.OutlineMatch.Missing;
import io.github.speclint.rules.SpecContext;

/** Every section the template requires is there; a section with nothing to say states "Not applicable: reason". */
public final class SectionMissingRule extends AbstractRule implements DocumentRule {


    public SectionMissingRule() {
        super("section-missing", Severity.ERROR,
                "Every section the layer's template requires is present");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (Missing missing : context.outline().missing()) {
            String under = missing.parent() == null ? "" : " under " + Where.quoted(missing.parent());
            Insertion insertion = Insertion.of(context.spec(), missing);
            report(out, insertion.position(), missing.rule().display(), String.format(
                    "required section \"%s\" is missing%s; add it %s; if it does not apply, keep the heading and "
                            + "state \"Not applicable: <reason>\"", missing.rule().display(), under,
                    insertion.anchor()));
        }
    }
}
