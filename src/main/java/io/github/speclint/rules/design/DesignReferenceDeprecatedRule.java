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

/** A deprecated design no longer shows the spec; smaqit's gate refuses a live spec that still links one. */
public final class DesignReferenceDeprecatedRule extends AbstractRule implements DesignLinkRule {

    public DesignReferenceDeprecatedRule() {
        super("design-reference-deprecated", Severity.ERROR,
                "Specs that are not deprecated link no deprecated design");
    }

    @Override
    public void check(SpecDocument spec, DesignIndex index, FindingSink out) {
        if (!SpecSide.judged(spec, index)) {
            return;
        }
        String deprecated = index.schema().deprecated();
        Set<DesignDocument> reported = new HashSet<>();
        for (ResolvedDesignLink link : index.links(spec)) {
            link.design().filter(design -> link.resolved() && design.status().filter(deprecated::equals).isPresent()
                    && reported.add(design)).ifPresent(design -> report(out, link.link().link().position(),
                    design.path(), String.format("design link %s leads to %s, which is %s; link the design that "
                            + "replaces it", SpecSide.written(link), design.id().orElse(design.path()), deprecated)));
        }
    }
}
