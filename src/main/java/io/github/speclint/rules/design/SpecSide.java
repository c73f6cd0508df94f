package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.ResolvedDesignLink;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;

import java.nio.file.Path;
import java.util.Optional;

/** What the rules on a spec's Design References share: which specs they judge, and how they name links. */
final class SpecSide {

    private SpecSide() {
    }

    /**
     * smaqit's gate judges the Design References of every spec that has the section and is not deprecated; a spec
     * without the section is the section rules' business.
     */
    static boolean judged(SpecDocument spec, DesignIndex index) {
        return spec.readable() && index.references(spec).section().isPresent()
                && spec.status().filter(index.schema().deprecated()::equals).isEmpty();
    }

    static String written(ResolvedDesignLink link) {
        return "[" + Fields.shortened(link.link().link().text()) + "](" + Fields.shortened(link.link().link()
                .destination()) + ")";
    }

    /** The spec layer's folder name, which the design kinds name as their specLayer. */
    static Optional<String> layer(SpecDocument spec) {
        return spec.layer().map(Layer::folder);
    }

    /** True when the design's kind draws specs of the spec's layer. */
    static boolean sameLayer(SpecDocument spec, DesignDocument design, DesignIndex index) {
        Optional<String> layer = layer(spec);
        return layer.isPresent() && index.kind(design).filter(kind -> kind.specLayer().equals(layer.get()))
                .isPresent();
    }

    /** The path from the spec's folder to a folder, as it would be written in a link. */
    static String relative(SpecDocument from, String folder) {
        Path parent = Path.of(from.path()).getParent();
        Path target = Path.of(folder);
        return (parent == null ? target : parent.relativize(target)).toString().replace('\\', '/');
    }
}
