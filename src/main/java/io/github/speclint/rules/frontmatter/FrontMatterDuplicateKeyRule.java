package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.Severity;
import io.github.speclint.model.YamlProblem;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** A key written twice leaves readers to guess which value counts; smaqit's own reader refuses it. */
public final class FrontMatterDuplicateKeyRule extends AbstractRule implements DocumentRule {


    public FrontMatterDuplicateKeyRule() {
        super("frontmatter-duplicate-key", Severity.ERROR,
                "Each front matter key appears once");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (YamlProblem problem : context.spec().frontMatter().problems()) {
            if (problem.kind() == YamlProblem.Kind.DUPLICATE_KEY) {
                report(out, problem.position(), "front matter", problem.message());
            }
        }
    }
}
