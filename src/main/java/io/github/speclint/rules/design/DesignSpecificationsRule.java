package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.DesignSpecification;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

import java.util.HashMap;
import java.util.Map;

/** A design draws at least one spec, and names each once: the list is how smaqit finds the specs it depicts. */
public final class DesignSpecificationsRule extends AbstractRule implements DesignRule {

    private static final String KEY = "specifications";

    public DesignSpecificationsRule() {
        super("design-specifications", Severity.ERROR,
                "A design's specifications list at least one spec path, each once");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        design.frontMatter().entry(KEY).ifPresent(entry -> {
            if (entry.kind() != FrontMatterEntry.Kind.LIST || entry.children().isEmpty()) {
                report(out, entry.valuePosition(), KEY, String.format("specifications is %s; list the spec files "
                        + "this design draws, one path each, e.g. \"- ../../../specs/<layer>/<file>.md\"",
                        entry.kind() == FrontMatterEntry.Kind.LIST ? "an empty list" : Fields.written(entry)));
                return;
            }
            for (FrontMatterEntry item : entry.children()) {
                if (!item.isScalar()) {
                    report(out, item.valuePosition(), KEY, String.format("specifications entry %s is not a path",
                            Fields.written(item)));
                }
            }
            Map<String, Integer> firstLine = new HashMap<>();
            for (DesignSpecification specification : index.specifications(design)) {
                Integer first = firstLine.putIfAbsent(specification.targetPath(),
                        specification.entry().valuePosition().line());
                if (first != null) {
                    report(out, specification.entry().valuePosition(), specification.targetPath(), String.format(
                            "specifications lists %s again (first on line %d); name each spec once",
                            Fields.shortened(specification.entry().value().strip()), first));
                }
            }
        });
    }
}
