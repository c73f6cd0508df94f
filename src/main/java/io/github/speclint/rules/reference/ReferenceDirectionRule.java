package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Traceability runs up the chain: functional links business; stack links functional and business; infrastructure
 * links business, functional and stack; coverage links all four. Business links nothing, nothing links coverage,
 * and a Foundation Reference stays in its own layer.
 */
public final class ReferenceDirectionRule extends AbstractRule implements GraphRule {

    public ReferenceDirectionRule() {
        super("reference-direction", Severity.ERROR,
                "Specs link only up the chain (BUS <- FUN <- STK <- INF <- COV); Foundation References stay in layer");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        Layer from = spec.layer().orElse(null);
        if (from == null) {
            return;
        }
        for (ResolvedLink link : index.links(spec)) {
            link.target().ifPresent(target -> target.layer().ifPresent(to -> {
                String problem = problem(from, to, link, index.layers());
                if (problem != null) {
                    report(out, link.link().position(), link.targetPath(), String.format("%s links %s, %s spec: %s",
                            LinkText.named(spec), LinkText.named(target), LinkText.article(to.folder()), problem));
                }
            }));
        }
    }

    private static String problem(Layer from, Layer to, ResolvedLink link, Layers layers) {
        if (link.underHeading("Foundation Reference")) {
            return to.equals(from) ? null : "a Foundation Reference links " + LinkText.article(from.folder())
                    + " spec of the same layer";
        }
        List<Layer> upstream = layers.upstreamOf(from);
        if (upstream.isEmpty()) {
            return from.folder() + " is the first layer and references no other spec";
        }
        if (!to.isUpstreamOf(from) && !to.equals(from)) {
            return "that is down the chain; " + LinkText.article(from.folder()) + " spec may link "
                    + upstream.stream().sorted().map(Layer::folder).collect(Collectors.joining(", ")) + " specs";
        }
        return null;
    }
}
