package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.DesignSpecification;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.schema.DesignKind;

import java.util.Optional;

/**
 * A design and its specs point at each other: each {@code specifications} entry leads to a spec of the design's
 * layer inside the project, and that spec's Design References link the design's Markdown and its image (unless the
 * design is deprecated: then its specs must no longer link it).
 */
public final class DesignBacklinkRule extends AbstractRule implements DesignRule {

    public DesignBacklinkRule() {
        super("design-backlink", Severity.ERROR,
                "Each specifications entry is a spec of the design's layer that links the design and its image back");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        Optional<DesignKind> kind = index.kind(design);
        for (DesignSpecification entry : index.specifications(design)) {
            String written = Fields.shortened(entry.entry().value().strip());
            if (entry.spec().isEmpty()) {
                report(out, entry.entry().valuePosition(), entry.targetPath(), String.format("specifications entry "
                        + "%s %s", written, entry.problem()));
                continue;
            }
            SpecDocument spec = entry.spec().get();
            String layer = spec.folderLayer().map(Layer::folder).orElse(null);
            if (kind.isPresent() && !kind.get().specLayer().equals(layer)) {
                report(out, entry.entry().valuePosition(), entry.targetPath(), String.format("specifications entry "
                        + "%s leads to %s, which is not in a %s/ folder of the spec tree; %s design draws %s specs",
                        written, spec.path(), kind.get().specLayer(), Fields.article(kind.get().folder()),
                        kind.get().specLayer()));
                continue;
            }
            if (design.status().filter(index.schema().deprecated()::equals).isPresent()) {
                continue;
            }
            boolean markdown = index.links(spec, design, false);
            boolean image = index.links(spec, design, true);
            if (!markdown || !image) {
                String missing = !markdown && !image ? "the design and its image"
                        : !markdown ? "the design's Markdown" : "the design's image";
                report(out, entry.entry().valuePosition(), entry.targetPath(), String.format("%s does not link %s "
                        + "back in its %s; add \"- [%s](...) · [Image](...)\" there", spec.path(), missing,
                        index.schema().section(), design.id().orElse(design.fileName())));
            }
        }
    }
}
