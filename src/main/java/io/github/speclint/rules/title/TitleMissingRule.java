package io.github.speclint.rules.title;

import io.github.speclint.model.Section;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.TitleStyle;

/** A spec has a level-1 title after its front matter. */
public final class TitleMissingRule extends AbstractRule implements DocumentRule {


    public TitleMissingRule() {
        super("title-missing", Severity.ERROR,
                "The spec has a level-1 title");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        if (context.spec().title().isPresent()) {
            return;
        }
        SourcePosition at = context.spec().sections().stream().findFirst().map(Section::position)
                .orElse(SourcePosition.START);
        String expected = context.schema().titleStyle() == TitleStyle.USE_CASE
                ? "\"# UC<n>-<CONCEPT>: <use case name>\"" : "\"# <concept name>\"";
        report(out, at, "title", "spec has no title: expected a level-1 heading " + expected
                + " after the front matter");
    }
}
