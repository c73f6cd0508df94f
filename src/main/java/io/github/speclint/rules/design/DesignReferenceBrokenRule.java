package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.ResolvedDesignLink;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignLinkRule;
import io.github.speclint.rules.FindingSink;

/**
 * Each link in Design References leads, inside the project and through no symbolic link, to a design's Markdown
 * or to its image; smaqit's gate resolves every one of them.
 */
public final class DesignReferenceBrokenRule extends AbstractRule implements DesignLinkRule {

    public DesignReferenceBrokenRule() {
        super("design-reference-broken", Severity.ERROR,
                "Design References links lead to a design or its image inside the project");
    }

    @Override
    public void check(SpecDocument spec, DesignIndex index, FindingSink out) {
        if (!SpecSide.judged(spec, index)) {
            return;
        }
        for (ResolvedDesignLink link : index.links(spec)) {
            if (!link.resolved()) {
                report(out, link.link().link().position(), link.link().link().destination(), String.format(
                        "design link %s %s", SpecSide.written(link), link.problem()));
            }
        }
    }
}
