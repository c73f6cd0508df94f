package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.Optional;

/**
 * Infrastructure and coverage specs sort their references under headings named after layers ("#### Functional");
 * a link filed under the wrong one misstates what the spec traces to.
 */
public final class ReferenceSubsectionRule extends AbstractRule implements GraphRule {

    public ReferenceSubsectionRule() {
        super("reference-wrong-subsection", Severity.WARNING,
                "A reference under a layer-named heading (#### Functional) links a spec of that layer");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        for (ResolvedLink link : index.links(spec)) {
            if (!link.isReference()) {
                continue;
            }
            Optional<Layer> filedUnder = link.sectionBases().stream().skip(1)
                    .flatMap(base -> index.layers().byFolder(base).stream()).reduce((a, b) -> b);
            link.target().ifPresent(target -> target.layer().ifPresent(layer -> filedUnder
                    .filter(heading -> !heading.equals(layer))
                    .ifPresent(heading -> report(out, link.link().position(), link.targetPath(), String.format(
                            "%s is %s spec but is listed under \"%s\"; list it under \"%s\"",
                            LinkText.named(target), LinkText.article(layer.folder()), title(heading), title(layer))))));
        }
    }

    private static String title(Layer layer) {
        return Character.toUpperCase(layer.folder().charAt(0)) + layer.folder().substring(1);
    }
}
