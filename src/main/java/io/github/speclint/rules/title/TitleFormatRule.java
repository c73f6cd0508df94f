package io.github.speclint.rules.title;

import io.github.speclint.model.Ids;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.TitleStyle;

/** A business title carries the stable use-case id: {@code # UC3-CHECKOUT: Pay for an order}. */
public final class TitleFormatRule extends AbstractRule implements DocumentRule {

    public TitleFormatRule() {
        super("title-format", Severity.ERROR,
                "A business title has the form UC<n>-<CONCEPT>: <name>");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        if (context.schema().titleStyle() != TitleStyle.USE_CASE) {
            return;
        }
        context.spec().title()
                .filter(title -> !Placeholder.tokenIn(title.text()))
                .filter(title -> !Ids.isUseCaseTitle(title.text()))
                .ifPresent(title -> report(out, title.position(), "title", String.format(
                        "business title \"%s\" is not of the form \"UC<n>-<CONCEPT>: <use case name>\", e.g. "
                                + "\"UC1-LOGIN: Sign in\"", title.text())));
    }
}
