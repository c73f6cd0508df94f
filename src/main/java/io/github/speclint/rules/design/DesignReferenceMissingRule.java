package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.ResolvedDesignLink;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Section;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignLinkRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.schema.DesignKind;

import java.util.Locale;
import java.util.Optional;

/**
 * smaqit's gate passes a spec only when its Design References link at least one design of the spec's layer that is
 * usable: its Markdown and its image both linked, neither through a symbolic link, the design not deprecated.
 */
public final class DesignReferenceMissingRule extends AbstractRule implements DesignLinkRule {

    public DesignReferenceMissingRule() {
        super("design-reference-missing", Severity.ERROR,
                "Design References link at least one design of the spec's layer with its image");
    }

    @Override
    public void check(SpecDocument spec, DesignIndex index, FindingSink out) {
        if (!SpecSide.judged(spec, index)) {
            return;
        }
        for (ResolvedDesignLink link : index.links(spec)) {
            if (link.resolved() && usable(spec, link.design().orElseThrow(), index)) {
                return;
            }
        }
        Section section = index.references(spec).section().orElseThrow();
        report(out, section.position(), section.title(), String.format("%s links no design of this spec's layer "
                + "together with its image; add a line such as %s", section.heading(), example(spec, index)));
    }

    private static boolean usable(SpecDocument spec, DesignDocument design, DesignIndex index) {
        return SpecSide.sameLayer(spec, design, index)
                && design.status().filter(index.schema().deprecated()::equals).isEmpty()
                && index.links(spec, design, false) && index.links(spec, design, true);
    }

    private static String example(SpecDocument spec, DesignIndex index) {
        Optional<DesignKind> kind = SpecSide.layer(spec).flatMap(layer -> index.schema().kindFolders().stream()
                .map(folder -> index.schema().kind(folder).orElseThrow())
                .filter(k -> k.specLayer().equals(layer)).findFirst());
        if (kind.isEmpty()) {
            return "\"- [DSG-...](<design>.md) · [Image](<design>.png)\"";
        }
        String id = index.schema().idPrefix() + "-" + kind.get().prefix() + "-<NAME>-"
                + kind.get().diagramTypes().get(0).toUpperCase(Locale.ROOT);
        String file = SpecSide.relative(spec, index.designFolder() + "/" + kind.get().folder()) + "/"
                + id.toLowerCase(Locale.ROOT);
        return String.format("\"- [%s](%s.md) · [Image](%s.%s)\"", id, file, file, index.schema().imageExtension());
    }
}
