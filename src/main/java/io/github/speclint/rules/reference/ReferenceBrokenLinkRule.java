package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/** A link to a Markdown file leads to a file that exists, resolved from the linking file's folder. */
public final class ReferenceBrokenLinkRule extends AbstractRule implements GraphRule {

    public ReferenceBrokenLinkRule() {
        super("reference-broken-link", Severity.ERROR,
                "Links to Markdown files lead to files that exist");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        for (ResolvedLink link : index.links(spec)) {
            if (link.kind() == ResolvedLink.Kind.DIRECTORY) {
                report(out, link.link().position(), link.link().destination(), String.format(
                        "link %s leads to %s, which is a folder, not a spec; link the spec file itself",
                        LinkText.written(link), link.targetPath()));
                continue;
            }
            if (link.kind() != ResolvedLink.Kind.MISSING) {
                continue;
            }
            List<SpecDocument> named = index.specsWithId(link.link().text().strip());
            String hint = named.size() == 1 ? String.format("; the spec %s is at %s", link.link().text().strip(),
                    LinkText.relative(spec, named.get(0).path())) : "";
            report(out, link.link().position(), link.link().destination(), String.format(
                    "link %s leads to %s, which does not exist%s", LinkText.written(link), link.targetPath(), hint));
        }
    }
}
