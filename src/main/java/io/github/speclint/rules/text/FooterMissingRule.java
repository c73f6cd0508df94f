package io.github.speclint.rules.text;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.Profile;

/** The footer names the smaqit version a spec was written with, which decides the profile it is checked against. */
public final class FooterMissingRule extends AbstractRule implements DocumentRule {


    public FooterMissingRule() {
        super("footer-missing", Severity.WARNING,
                "The spec ends with \"*Generated with smaqit <version>*\"");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        if (context.spec().footer().isEmpty()) {
            Profile profile = context.schema().profile();
            report(out, SourcePosition.of(context.spec().lineCount(), 1), "footer", "spec has no footer; end it with "
                    + "\"---\" and \"*Generated with smaqit <version>*\"" + (profile.builtIn()
                    ? " (without it the spec is checked as " + profile.source() + ")" : ""));
        }
    }
}
