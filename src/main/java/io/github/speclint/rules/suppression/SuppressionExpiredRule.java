package io.github.speclint.rules.suppression;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Suppression;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SuppressionRule;
import io.github.speclint.rules.SuppressionUse;

import java.util.List;
import java.util.Map;

/** A suppression with {@code until=} stops silencing after that day, and says so. */
public final class SuppressionExpiredRule extends AbstractRule implements SuppressionRule {

    public SuppressionExpiredRule() {
        super("suppression-expired", Severity.ERROR, "no suppression is past its until= date");
    }

    @Override
    public void check(SpecDocument spec, SuppressionUse use, FindingSink out) {
        Map<SourcePosition, List<Suppression>> comments = Comments.of(spec.suppressions().all(),
                suppression -> suppression.hasReason() && suppression.expiredOn(use.today()));
        comments.forEach((position, comment) -> report(out, position, Comments.text(comment), String.format(
                "%s expired on %s (until=%s), so it silences nothing any more; fix what it silenced, or set a new "
                        + "date if the reason still holds", Comments.text(comment), comment.get(0).until()
                        .orElseThrow(), comment.get(0).until().orElseThrow())));
    }
}
