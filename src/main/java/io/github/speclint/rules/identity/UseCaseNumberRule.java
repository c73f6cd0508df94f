package io.github.speclint.rules.identity;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/** "Use Case IDs are stable identifiers - never reuse": two business specs are not both UC3. */
public final class UseCaseNumberRule extends AbstractRule implements GraphRule {

    public UseCaseNumberRule() {
        super("usecase-number-duplicate", Severity.WARNING,
                "Each use-case number (UC<n>) belongs to one business spec");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        SpecIndex.useCaseNumber(spec).ifPresent(number -> {
            List<SpecDocument> others = index.specsWithUseCase(number).stream().filter(other -> other != spec).toList();
            if (!others.isEmpty()) {
                SpecDocument other = others.get(0);
                report(out, spec.title().orElseThrow().position(), "UC" + number, String.format("use case number "
                        + "UC%s is also used by %s (%s)%s; use-case numbers are never reused", number,
                        other.id().orElse(other.path()), other.path(), More.than(others.size() - 1)));
            }
        });
    }
}
