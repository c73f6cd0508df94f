package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

import java.util.Locale;

/**
 * A design id is {@code DSG-<layer prefix>-NAME}, and the file is named after it in lower case: smaqit finds a
 * design by its id, and the spec's link text names it.
 */
public final class DesignIdRule extends AbstractRule implements DesignRule {

    public DesignIdRule() {
        super("design-id", Severity.ERROR,
                "Design ids are DSG-<kind prefix>-NAME and the file is named after the id in lower case");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        Fields.scalar(design, "id").ifPresent(entry -> {
            String id = entry.value().strip();
            if (!index.schema().idPattern().matcher(id).matches()) {
                report(out, entry.valuePosition(), "id", String.format("id \"%s\" is not a design id; write "
                        + "%s-<kind>-NAME in capitals, digits and hyphens, the kind one of %s", Fields.shortened(id),
                        index.schema().idPrefix(), Fields.oneOf(index.schema().kindFolders().stream()
                                .map(k -> index.schema().kind(k).orElseThrow().prefix()).distinct().toList())));
            }
            String expected = id.toLowerCase(Locale.ROOT) + ".md";
            if (!design.fileName().equals(expected)) {
                report(out, entry.valuePosition(), "file name", String.format("the file is named %s but its id %s "
                        + "asks for %s; name the file after the id in lower case", Fields.shortened(design.fileName()),
                        Fields.shortened(id), Fields.shortened(expected)));
            }
        });
    }
}
