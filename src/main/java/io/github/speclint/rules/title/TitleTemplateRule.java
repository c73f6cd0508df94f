package io.github.speclint.rules.title;

import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** The title names the concept, not the template's {@code [CONCEPT_NAME]}. */
public final class TitleTemplateRule extends AbstractRule implements DocumentRule {


    public TitleTemplateRule() {
        super("title-template", Severity.ERROR,
                "The title is not the template's placeholder title");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        context.spec().title()
                .filter(title -> Placeholder.tokenIn(title.text()))
                .ifPresent(title -> report(out, title.position(), "title", String.format(
                        "title \"%s\" is still the template's; name the %s", title.text(), what(context))));
    }

    private static String what(SpecContext context) {
        return switch (context.schema().titleStyle()) {
            case USE_CASE -> "use case as \"UC<n>-<CONCEPT>: <use case name>\"";
            case FREE -> "concept this spec describes";
        };
    }
}
