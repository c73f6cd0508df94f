package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.ResolvedDesignLink;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignLinkRule;
import io.github.speclint.rules.FindingSink;

import java.util.HashSet;
import java.util.Set;

/** A spec's Design References show that spec's layer: a functional spec links functional designs, and so on. */
public final class DesignReferenceLayerRule extends AbstractRule implements DesignLinkRule {

    public DesignReferenceLayerRule() {
        super("design-reference-layer", Severity.ERROR,
                "Design References link designs of the spec's own layer");
    }

    @Override
    public void check(SpecDocument spec, DesignIndex index, FindingSink out) {
        if (!SpecSide.judged(spec, index) || SpecSide.layer(spec).isEmpty()) {
            return;
        }
        Set<DesignDocument> reported = new HashSet<>();
        for (ResolvedDesignLink link : index.links(spec)) {
            if (!link.resolved()) {
                continue;
            }
            DesignDocument design = link.design().orElseThrow();
            index.kind(design).filter(kind -> !SpecSide.sameLayer(spec, design, index) && reported.add(design))
                    .ifPresent(kind -> report(out, link.link().link().position(), design.path(), String.format(
                            "design link %s leads to %s, %s design; %s spec links designs of its own layer",
                            SpecSide.written(link), design.id().orElse(design.path()),
                            Fields.article(kind.folder()), Fields.article(SpecSide.layer(spec).get()))));
        }
    }
}
