package io.github.speclint.rules.criterion;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.OutlineMatch.Matched;
import io.github.speclint.rules.SpecContext;

/** A spec without acceptance criteria cannot be implemented against or verified. */
public final class CriterionMissingRule extends AbstractRule implements DocumentRule {


    public CriterionMissingRule() {
        super("criterion-missing", Severity.ERROR,
                "Acceptance Criteria holds at least one criterion");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        if (!context.spec().criteria().isEmpty()) {
            return;
        }
        context.outline().matched().stream()
                .map(Matched::section)
                .filter(section -> section.level() == 2 && Headings.matches(section.title(), "Acceptance Criteria"))
                .filter(section -> !section.isEmpty())
                .findFirst()
                .ifPresent(section -> report(out, section.position(), "Acceptance Criteria", String.format(
                        "\"%s\" has no criteria; list them as \"%s\"", section.heading(), Expected.line(context))));
    }
}
