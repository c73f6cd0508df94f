package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.Optional;

/** The id's layer prefix and the layer folder the file sits in agree. */
public final class FrontMatterIdLayerRule extends AbstractRule implements DocumentRule {


    public FrontMatterIdLayerRule() {
        super("frontmatter-id-layer", Severity.ERROR,
                "The id's layer prefix matches the layer folder the spec is in");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        SpecDocument spec = context.spec();
        Optional<String> id = spec.id();
        Optional<Layer> idLayer = spec.idLayer();
        if (idLayer.isEmpty() || spec.folderLayer().isEmpty() || idLayer.equals(spec.folderLayer())) {
            return;
        }
        Layer folder = spec.folderLayer().get();
        spec.frontMatter().entry("id").ifPresent(entry -> report(out, entry.valuePosition(), "id",
                String.format("id \"%s\" has the %s prefix %s but the file is in the %s folder; use a %s- id or move "
                                + "the file to a %s folder", id.get(), idLayer.get().folder(), idLayer.get().prefix(),
                        folder.folder(), folder.prefix(), idLayer.get().folder())));
    }
}
