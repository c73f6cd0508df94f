package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

/**
 * Traceability runs up the chain: functional links business; stack links functional and business; infrastructure
 * links business, functional and stack; coverage links all four. Business links nothing, nothing links coverage,
 * and a Foundation Reference stays in its own layer. This rule judges the References section, the spec's declared
 * traceability; links in free text are {@link ReferenceDirectionProseRule}'s.
 */
public final class ReferenceDirectionRule extends AbstractRule implements GraphRule {

    public ReferenceDirectionRule() {
        super("reference-direction", Severity.ERROR,
                "References link only up the chain (BUS <- FUN <- STK <- INF <- COV); Foundation References stay in layer");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        Layer from = spec.layer().orElse(null);
        if (from == null) {
            return;
        }
        for (ResolvedLink link : index.links(spec)) {
            if (!link.isReference()) {
                continue;
            }
            link.target().ifPresent(target -> target.layer().ifPresent(to -> {
                String problem = Direction.problem(from, to, link, index.layers());
                if (problem != null) {
                    report(out, link.link().position(), link.targetPath(), String.format("%s links %s, %s spec: %s",
                            LinkText.named(spec), LinkText.named(target), LinkText.article(to.folder()), problem));
                }
            }));
        }
    }
}
