package io.github.speclint.rules.text;

import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** "Agents MUST NOT leave placeholder text in completed specs": no template tokens or guidance outside code. */
public final class PlaceholderRule extends AbstractRule implements DocumentRule {


    public PlaceholderRule() {
        super("placeholder-left", Severity.ERROR,
                "No template placeholders ([CONCEPT], [What this covers]) are left outside code");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (Placeholder placeholder : context.spec().placeholders()) {
            report(out, placeholder.position(), placeholder.kind() == Placeholder.Kind.MORE ? "more"
                    : placeholder.text(), message(placeholder));
        }
    }

    private static String message(Placeholder placeholder) {
        return switch (placeholder.kind()) {
            case TOKEN -> String.format("template placeholder \"%s\" is left in the spec; replace it with the real "
                    + "value", placeholder.text());
            case GUIDANCE -> String.format("template guidance \"%s\" stands where content belongs; write the content",
                    placeholder.text());
            case MORE -> String.format("%s more template placeholders from here on are not listed one by one; "
                    + "replace each with the real content", placeholder.text());
        };
    }
}
