package io.github.speclint.rules.status;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Excerpt;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.HashSet;
import java.util.Set;

/**
 * smaqit cascades status upward: implementing a spec implements what it traces to. An implemented, deployed or
 * validated spec whose upstream spec is still a draft has skipped that step.
 */
public final class StatusUpstreamDraftRule extends AbstractRule implements GraphRule {

    private static final Set<String> DONE = Set.of("implemented", "deployed", "validated");

    public StatusUpstreamDraftRule() {
        super("status-upstream-draft", Severity.WARNING,
                "Implemented, deployed or validated specs trace to no draft spec");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        String status = spec.status().orElse("");
        if (!DONE.contains(status)) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (ResolvedLink link : index.upstreamLinks(spec)) {
            SpecDocument upstream = link.target().orElseThrow();
            if (upstream.status().filter("draft"::equals).isPresent() && reported.add(upstream.path())) {
                report(out, link.link().position(), link.targetPath(), String.format("spec is %s but the spec it "
                        + "traces to, %s (%s), is still a draft", status, Excerpt.of(upstream.id().orElse(upstream.path())),
                        link.link().destination()));
            }
        }
    }
}
