package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** A spec starts with a front matter block; without it smaqit treats the spec as an unknown draft. */
public final class FrontMatterMissingRule extends AbstractRule implements DocumentRule {


    public FrontMatterMissingRule() {
        super("frontmatter-missing", Severity.ERROR,
                "The file starts with a --- front matter block");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        if (context.spec().frontMatter().fence() == FrontMatter.Fence.MISSING) {
            report(out, SourcePosition.START, "front matter", "front matter is missing: the first line must be "
                    + "\"---\", followed by id, status and created, and another \"---\"");
        }
    }
}
