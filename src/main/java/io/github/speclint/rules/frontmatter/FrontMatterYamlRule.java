package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.Severity;
import io.github.speclint.model.YamlProblem;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** The front matter is plain YAML keys and values: no syntax errors, no type tags, nothing beyond the limits. */
public final class FrontMatterYamlRule extends AbstractRule implements DocumentRule {


    public FrontMatterYamlRule() {
        super("frontmatter-invalid-yaml", Severity.ERROR,
                "The front matter is valid, plain YAML key: value lines");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (YamlProblem problem : context.spec().frontMatter().problems()) {
            if (problem.kind() != YamlProblem.Kind.DUPLICATE_KEY) {
                report(out, problem.position(), "front matter", problem.message());
            }
        }
    }
}
