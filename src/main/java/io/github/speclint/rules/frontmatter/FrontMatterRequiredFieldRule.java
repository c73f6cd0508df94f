package io.github.speclint.rules.frontmatter;

import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.List;
import java.util.Optional;

/** The keys the template's front matter carries (prompt_version only up to smaqit 0.9) are present and filled. */
public final class FrontMatterRequiredFieldRule extends AbstractRule implements DocumentRule {


    public FrontMatterRequiredFieldRule() {
        super("frontmatter-missing-field", Severity.ERROR,
                "The front matter has every key the template requires, with a value");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        FrontMatter frontMatter = context.spec().frontMatter();
        if (!frontMatter.readable()) {
            return;
        }
        List<String> required = context.schema().requiredFrontMatter();
        for (String key : required) {
            Optional<FrontMatterEntry> entry = frontMatter.entry(key);
            if (entry.isEmpty()) {
                report(out, frontMatter.position(), key, String.format("front matter has no \"%s\"; %s requires %s",
                        key, context.schema().describe(), String.join(", ", required)));
            } else if (entry.get().isBlank()) {
                report(out, entry.get().keyPosition(), key, String.format("front matter key \"%s\" has no value",
                        key));
            }
        }
    }
}
