package io.github.speclint.rules.identity;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/** Two specs with one id make every reference to it ambiguous. Reported in each file, naming the other. */
public final class SpecDuplicateIdRule extends AbstractRule implements GraphRule {

    public SpecDuplicateIdRule() {
        super("spec-duplicate-id", Severity.ERROR,
                "Each spec id is used by one spec in the tree");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        spec.id().filter(index::isSharedSpecId).ifPresent(id -> {
            List<SpecDocument> others = index.specsWithId(id).stream().filter(other -> other != spec).toList();
            SpecDocument other = others.get(0);
            report(out, idPosition(spec), id, String.format("spec id \"%s\" is also the id of %s:%d%s; spec ids are "
                    + "unique", id, other.path(), idPosition(other).line(), More.than(others.size() - 1)));
        });
    }

    private static SourcePosition idPosition(SpecDocument spec) {
        return spec.frontMatter().entry("id").map(entry -> entry.valuePosition()).orElse(SourcePosition.START);
    }
}
