package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Ids;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** The id is a layer prefix and an uppercase concept, {@code FUN-AUTH-FLOW}: every reference and criterion uses it. */
public final class FrontMatterIdFormatRule extends AbstractRule implements DocumentRule {

    public FrontMatterIdFormatRule() {
        super("frontmatter-id-format", Severity.ERROR,
                "id has the form PFX-CONCEPT (BUS, FUN, STK, INF or COV, then an uppercase concept)");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        context.spec().frontMatter().entry("id")
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !Placeholder.tokenIn(entry.source()))
                .filter(entry -> !entry.isScalar() || !Ids.isSpecId(entry.value().strip()))
                .ifPresent(entry -> report(out, entry.valuePosition(), "id", String.format(
                        "id \"%s\" is not of the form PFX-CONCEPT: a layer prefix (BUS, FUN, STK, INF or COV), a "
                                + "hyphen and an uppercase concept such as %s-LOGIN", shown(entry), prefix(context))));
    }

    private static String shown(FrontMatterEntry entry) {
        return entry.isScalar() ? entry.value().strip() : entry.source();
    }

    private static String prefix(SpecContext context) {
        return context.schema().layer().prefix();
    }
}
