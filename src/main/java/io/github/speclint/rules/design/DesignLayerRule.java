package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.schema.DesignKind;

import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A design's {@code layer} names its kind; the id's second part and the folder the file sits in must say the
 * same, or smaqit looks for it in the wrong place.
 */
public final class DesignLayerRule extends AbstractRule implements DesignRule {

    public DesignLayerRule() {
        super("design-layer", Severity.ERROR,
                "A design's layer is a design folder name, its id's prefix and the folder it sits in agree");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        Fields.scalar(design, "layer").ifPresent(entry -> {
            String layer = entry.value().strip();
            Optional<DesignKind> kind = index.schema().kind(layer);
            if (kind.isEmpty()) {
                report(out, entry.valuePosition(), "layer", String.format("layer %s is not a design layer; use %s",
                        Fields.written(entry), Fields.oneOf(index.schema().kindFolders())));
                return;
            }
            Fields.text(design, "id").ifPresent(id -> {
                Matcher matcher = index.schema().idPattern().matcher(id);
                if (matcher.matches() && !matcher.group(1).equals(kind.get().prefix())) {
                    report(out, entry.valuePosition(), "id prefix", String.format("the id %s names the %s kind "
                            + "but layer is %s, whose ids start with %s-%s-", id, matcher.group(1), layer,
                            index.schema().idPrefix(), kind.get().prefix()));
                }
            });
            if (!design.folder().equals(layer)) {
                report(out, entry.valuePosition(), "folder", String.format("the design sits in %s but its layer is "
                        + "%s; move it to %s/%s/", design.folder().isEmpty() ? "the top of " + index.designFolder()
                        : index.designFolder() + "/" + design.folder() + "/", layer, index.designFolder(), layer));
            }
        });
    }
}
