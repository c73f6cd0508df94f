package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.HashSet;
import java.util.Set;

/** A link to a deprecated spec traces to something the project has dropped. */
public final class ReferenceDeprecatedRule extends AbstractRule implements GraphRule {

    public ReferenceDeprecatedRule() {
        super("reference-deprecated", Severity.WARNING,
                "Links do not lead to deprecated specs");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        Set<String> reported = new HashSet<>();
        for (ResolvedLink link : index.links(spec)) {
            link.target().filter(target -> target.status().filter("deprecated"::equals).isPresent())
                    .filter(target -> reported.add(target.path()))
                    .ifPresent(target -> report(out, link.link().position(), link.targetPath(), String.format(
                            "%s (%s) is deprecated; link the spec that replaces it", LinkText.named(target),
                            LinkText.relative(spec, target.path()))));
        }
    }
}
