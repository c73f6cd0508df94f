package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

/** "References MUST use relative paths within specs/": a link that leaves the spec root breaks when the tree moves. */
public final class ReferenceOutsideRootRule extends AbstractRule implements GraphRule {

    public ReferenceOutsideRootRule() {
        super("reference-outside-root", Severity.ERROR,
                "Links to Markdown files stay inside the spec root");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        for (ResolvedLink link : index.links(spec)) {
            if (link.kind() != ResolvedLink.Kind.OUTSIDE_ROOT) {
                continue;
            }
            if (link.link().destination().startsWith("/")) {
                report(out, link.link().position(), link.link().destination(), String.format("link %s is an absolute "
                        + "path; links between specs are relative to the linking file, e.g. ../business/<file>.md",
                        LinkText.written(link)));
            } else {
                report(out, link.link().position(), link.link().destination(), String.format(
                        "link %s leads to %s, outside the spec root; links between specs stay inside the spec tree",
                        LinkText.written(link), link.targetPath()));
            }
        }
    }
}
