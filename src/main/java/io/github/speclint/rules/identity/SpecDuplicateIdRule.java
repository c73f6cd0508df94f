package io.github.speclint.rules.identity;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/**
 * Two specs with one id make every reference to it ambiguous. Reported once, at the first holder in path order,
 * naming the others (and their modules when the run spans several).
 */
public final class SpecDuplicateIdRule extends AbstractRule implements GraphRule {

    public SpecDuplicateIdRule() {
        super("spec-duplicate-id", Severity.ERROR,
                "Each spec id is used by one spec in the tree");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        spec.id().filter(index::isSharedSpecId).ifPresent(id -> {
            List<SpecDocument> holders = index.specsWithId(id);
            if (holders.get(0) != spec) {
                return;
            }
            List<String> others = holders.subList(1, holders.size()).stream()
                    .map(other -> index.where(other, idPosition(other).line())).toList();
            report(out, idPosition(spec), id, String.format("spec id \"%s\" is also the id of %s; spec ids are "
                    + "unique", id, Holders.list(others)));
        });
    }

    static SourcePosition idPosition(SpecDocument spec) {
        return spec.frontMatter().entry("id").map(entry -> entry.valuePosition()).orElse(SourcePosition.START);
    }
}
