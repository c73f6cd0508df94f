package io.github.speclint.rules.coverage;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Excerpt;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "Each testable criterion MUST map to at least one test case": every testable criterion of a spec a coverage spec
 * references is in some Coverage Map, or listed in an Untestable Criteria table. One finding per referenced spec.
 */
public final class CoverageUnmappedRule extends AbstractRule implements GraphRule {

    public CoverageUnmappedRule() {
        super("coverage-unmapped-criteria", Severity.WARNING,
                "Testable criteria of the specs a coverage spec references are mapped to tests");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        if (index.coverage(spec).isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (ResolvedLink link : index.links(spec)) {
            SpecDocument target = link.target().orElse(null);
            if (!link.isReference() || target == null || target.layer().isEmpty() || target.isIn(Layer.COVERAGE)
                    || !seen.add(target.path())) {
                continue;
            }
            List<String> unmapped = index.unmappedCriteria(target);
            if (!unmapped.isEmpty()) {
                report(out, link.link().position(), target.path(), String.format(
                        "%s has %d testable %s that no Coverage Map maps: %s; map %s to a test case or list %s under "
                                + "Untestable Criteria", Excerpt.of(target.id().orElse(target.path())),
                        unmapped.size(), unmapped.size() == 1 ? "criterion" : "criteria", Excerpt.items(unmapped),
                        unmapped.size() == 1 ? "it" : "each", unmapped.size() == 1 ? "it" : "them"));
            }
        }
    }
}
