package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Headings;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Section;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;
import java.util.Optional;

/**
 * A spec below business traces to at least one spec of a layer above it; a foundation spec with nothing upstream
 * yet says why in a {@code **Justification:**}. Same-layer links alone (Foundation Reference) do not trace upward.
 */
public final class ReferenceUpstreamRule extends AbstractRule implements GraphRule {

    public ReferenceUpstreamRule() {
        super("reference-no-upstream", Severity.ERROR,
                "Specs below business link a spec of a layer above, or give a **Justification:**");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        Layer layer = spec.layer().orElse(null);
        List<Layer> upstream = layer == null ? List.of() : index.layers().upstreamOf(layer);
        if (upstream.isEmpty() || spec.justification().isPresent()
                || index.links(spec).stream().noneMatch(ResolvedLink::isReference)
                || index.links(spec).stream().anyMatch(link -> aimsUpstream(link, layer, index))) {
            return;
        }
        Optional<Section> references = spec.sections().stream()
                .filter(section -> Headings.matches(section.title(), "References")).findFirst();
        references.ifPresent(section -> report(out, section.position(), "References", String.format(
                "%s links no spec of a layer above it; %s spec traces to the %s specs it implements or enables, or "
                        + "gives a **Justification:** while there are none", LinkText.named(spec),
                LinkText.article(layer.folder()),
                upstream.get(0).folder())));
    }

    /** A link meant upward counts even when its target is broken: that is the broken-link rule's finding. */
    private static boolean aimsUpstream(ResolvedLink link, Layer layer, SpecIndex index) {
        Optional<Layer> target = link.target().flatMap(SpecDocument::layer)
                .or(() -> index.layers().ofId(link.link().text().strip()));
        return target.filter(t -> t.isUpstreamOf(layer)).isPresent();
    }
}
