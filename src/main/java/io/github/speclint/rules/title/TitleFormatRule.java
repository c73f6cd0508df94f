package io.github.speclint.rules.title;

import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.TitleStyle;

import java.util.regex.Pattern;

/** A business title carries the stable use-case id: {@code # UC3-CHECKOUT: Pay for an order}. */
public final class TitleFormatRule extends AbstractRule implements DocumentRule {

    private static final Pattern USE_CASE = Pattern.compile("UC\\d+-[A-Z0-9]+(?:-[A-Z0-9]+)*: \\S.*");

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
                .filter(title -> !USE_CASE.matcher(title.text()).matches())
                .ifPresent(title -> report(out, title.position(), "title", String.format(
                        "business title \"%s\" is not of the form \"UC<n>-<CONCEPT>: <use case name>\", e.g. "
                                + "\"UC1-LOGIN: Sign in\"", title.text())));
    }
}
