package io.github.speclint.rules.identity;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Excerpt;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/**
 * "Use Case IDs are stable identifiers - never reuse": two business specs are not both UC3. Reported once, at the
 * first holder in path order, naming the others.
 */
public final class UseCaseNumberRule extends AbstractRule implements GraphRule {

    public UseCaseNumberRule() {
        super("usecase-number-duplicate", Severity.WARNING,
                "Each use-case number (UC<n>) belongs to one business spec");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        SpecIndex.useCaseNumber(spec).ifPresent(number -> {
            List<SpecDocument> holders = index.specsWithUseCase(number);
            if (holders.size() < 2 || holders.get(0) != spec) {
                return;
            }
            List<String> others = holders.subList(1, holders.size()).stream()
                    .map(other -> other.id().map(id -> Excerpt.of(id) + " at ").orElse("")
                            + index.where(other, other.title().orElseThrow().position().line()))
                    .toList();
            report(out, spec.title().orElseThrow().position(), "UC" + number, String.format("use case number UC%s is "
                    + "also used by %s; use-case numbers are never reused", number, Holders.list(others)));
        });
    }
}
