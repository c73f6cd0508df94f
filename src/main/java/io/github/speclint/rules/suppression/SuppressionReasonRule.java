package io.github.speclint.rules.suppression;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Suppression;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.List;
import java.util.Map;

/** A suppression says why the finding is accepted; without a reason it silences nothing. */
public final class SuppressionReasonRule extends AbstractRule implements DocumentRule {

    public SuppressionReasonRule() {
        super("suppression-reason-missing", Severity.ERROR, "every suppression gives a reason after \" -- \"");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        Map<SourcePosition, List<Suppression>> comments = Comments.of(context.spec().suppressions().all(),
                suppression -> !suppression.hasReason());
        comments.forEach((position, comment) -> report(out, position, Comments.text(comment), String.format(
                "%s gives no reason, so it silences nothing; say why after \" -- \", as in <!-- %s -- why it is "
                        + "accepted -->", Comments.text(comment), Comments.text(comment))));
    }
}
