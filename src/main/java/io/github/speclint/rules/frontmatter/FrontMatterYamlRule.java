package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.Severity;
import io.github.speclint.model.YamlProblem;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.SpecContext;

/** The front matter is plain YAML keys and values: no syntax errors, no type tags, nothing beyond the limits. */
public final class FrontMatterYamlRule implements DocumentRule {

    static final RuleInfo INFO = new RuleInfo("frontmatter-invalid-yaml", Severity.ERROR,
            "The front matter is valid, plain YAML key: value lines");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (YamlProblem problem : context.spec().frontMatter().problems()) {
            if (problem.kind() != YamlProblem.Kind.DUPLICATE_KEY) {
                out.report(INFO, problem.position(), "front matter", problem.message());
            }
        }
    }
}
