package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.List;

/** The status is one of smaqit's lifecycle states; smaqit's phases silently mis-plan anything else. */
public final class FrontMatterStatusRule extends AbstractRule implements DocumentRule {

    static final List<String> STATES = List.of("draft", "implemented", "deployed", "validated", "failed",
            "deprecated");

    public FrontMatterStatusRule() {
        super("frontmatter-status", Severity.ERROR,
                "status is draft, implemented, deployed, validated, failed or deprecated");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        context.spec().frontMatter().entry("status")
                .filter(entry -> !entry.isBlank())
                .filter(entry -> !entry.isScalar() || !STATES.contains(entry.value().strip()))
                .ifPresent(entry -> report(out, entry.valuePosition(), "status", String.format(
                        "status \"%s\" is not one of %s", shown(entry), String.join(", ", STATES))));
    }

    private static String shown(FrontMatterEntry entry) {
        return entry.isScalar() ? entry.value().strip() : entry.source();
    }
}
