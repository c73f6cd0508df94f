package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/**
 * A link in free text (a note, an addendum, a step) is no reference, so it does not break traceability; but one that
 * runs down the chain points the reader at what depends on the spec rather than what it rests on, which is drift.
 */
public final class ReferenceDirectionProseRule extends AbstractRule implements GraphRule {

    public ReferenceDirectionProseRule() {
        super("reference-direction-prose", Severity.WARNING,
                "Links in free text outside References do not run down the chain");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        Layer from = spec.layer().orElse(null);
        if (from == null) {
            return;
        }
        for (ResolvedLink link : index.links(spec)) {
            if (link.isReference()) {
                continue;
            }
            link.target().ifPresent(target -> target.layer().ifPresent(to -> {
                String problem = Direction.problem(from, to, link, index.layers());
                if (problem != null) {
                    report(out, link.link().position(), link.targetPath(), String.format("%s links %s, %s spec, "
                            + "in the text of %s: %s; mention it by name, or link only what this spec rests on",
                            LinkText.named(spec), LinkText.named(target), LinkText.article(to.folder()),
                            where(link.link().sectionPath()), problem));
                }
            }));
        }
    }

    private static String where(List<String> sectionPath) {
        return sectionPath.isEmpty() ? "the title" : "\"" + sectionPath.get(sectionPath.size() - 1) + "\"";
    }
}
