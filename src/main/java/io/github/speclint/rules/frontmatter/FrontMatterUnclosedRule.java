package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** An opened front matter block must be closed before the Markdown starts. */
public final class FrontMatterUnclosedRule extends AbstractRule implements DocumentRule {


    public FrontMatterUnclosedRule() {
        super("frontmatter-unclosed", Severity.ERROR,
                "The front matter block is closed by a --- line");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        if (context.spec().frontMatter().fence() == FrontMatter.Fence.UNCLOSED) {
            report(out, SourcePosition.START, "front matter", "front matter is not closed: add a \"---\" line "
                    + "after the last key, before the title");
        }
    }
}
