package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.model.YamlProblem;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/** A design's front matter is read like a spec's: plain, safe YAML within limits, each key once. */
public final class DesignFrontMatterRule extends AbstractRule implements DesignRule {

    public DesignFrontMatterRule() {
        super("design-frontmatter", Severity.ERROR,
                "Design front matter is plain YAML key: value lines (no tags, within limits), each key once");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        for (YamlProblem problem : design.frontMatter().problems()) {
            report(out, problem.position(), problem.kind().name().toLowerCase(java.util.Locale.ROOT),
                    problem.message());
        }
    }
}
