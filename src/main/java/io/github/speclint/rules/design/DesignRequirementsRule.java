package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

import java.util.HashMap;
import java.util.Map;

/**
 * A design depicts requirements: at least one, each once, each a criterion id of its layer (for a functional
 * design, {@code FUN-...}).
 */
public final class DesignRequirementsRule extends AbstractRule implements DesignRule {

    private static final String KEY = "requirements";

    public DesignRequirementsRule() {
        super("design-requirements", Severity.ERROR,
                "A design's requirements list at least one criterion id of its layer, each once");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        design.frontMatter().entry(KEY).ifPresent(entry -> {
            if (entry.kind() != FrontMatterEntry.Kind.LIST || entry.children().isEmpty()) {
                report(out, entry.valuePosition(), KEY, String.format("requirements is %s; list the criterion ids "
                        + "this design depicts, e.g. \"- FUN-ORDERS-001\"", entry.kind() == FrontMatterEntry.Kind.LIST
                        ? "an empty list" : Fields.written(entry)));
                return;
            }
            String prefix = index.kind(design).map(kind -> kind.specPrefix() + "-").orElse("");
            Map<String, Integer> firstLine = new HashMap<>();
            for (FrontMatterEntry item : entry.children()) {
                String id = item.isScalar() ? item.value().strip() : "";
                if (!item.isScalar()) {
                    report(out, item.valuePosition(), KEY, String.format("requirements entry %s is not a criterion "
                            + "id", Fields.written(item)));
                    continue;
                }
                Integer first = firstLine.putIfAbsent(id, item.valuePosition().line());
                if (first != null) {
                    report(out, item.valuePosition(), id, String.format("requirement %s is listed again (first on "
                            + "line %d); list each once", Fields.shortened(id), first));
                } else if (!id.startsWith(prefix)) {
                    report(out, item.valuePosition(), id, String.format("requirement %s is not a criterion of the "
                            + "%s layer; its ids start with %s", Fields.shortened(id),
                            index.kind(design).orElseThrow().specLayer(), prefix));
                }
            }
        });
    }
}
