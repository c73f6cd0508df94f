package io.github.speclint.rules.section;

import io.github.speclint.model.Section;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** Sections the template does not define: smaqit forbids them, real specs add them often, so this is drift. */
public final class SectionUnknownRule extends AbstractRule implements DocumentRule {


    public SectionUnknownRule() {
        super("section-unknown", Severity.WARNING,
                "The spec adds no sections the template does not define");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (Section section : context.outline().unknown()) {
            report(out, section.position(), section.heading(), String.format(
                    "section %s is not in %s; move its content into a template section", Where.quoted(section),
                    context.template()));
        }
    }
}
