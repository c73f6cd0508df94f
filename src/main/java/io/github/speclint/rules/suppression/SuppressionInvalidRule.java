package io.github.speclint.rules.suppression;

import io.github.speclint.model.Excerpt;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Suppression;
import io.github.speclint.model.SuppressionProblem;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.rules.reference.Closest;

import java.util.List;

/** A speclint comment must read as a suppression of rules that exist and that a comment may silence. */
public final class SuppressionInvalidRule extends AbstractRule implements DocumentRule {

    /**
     * Edit distances are quadratic: no "did you mean" for a name longer than any rule id, nor for more than a few
     * unknown names in one file, which a real comment never has.
     */
    private static final int MAX_SUGGESTED_LENGTH = 64;
    private static final int MAX_SUGGESTIONS = 20;

    public SuppressionInvalidRule() {
        super("suppression-invalid", Severity.ERROR, "speclint comments name known rules with a valid until= date");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (SuppressionProblem problem : context.spec().suppressions().problems()) {
            report(out, problem.position(), "speclint comment", problem.message());
        }
        List<String> ids = RuleSet.all().stream().map(RuleInfo::id).toList();
        int suggested = 0;
        for (Suppression suppression : context.spec().suppressions().all()) {
            String rule = suppression.ruleId();
            if (!RuleSet.exists(rule)) {
                String suggestion = suggested++ < MAX_SUGGESTIONS ? suggestion(rule, ids) : "";
                report(out, suppression.position(), Excerpt.of(rule), String.format("%s names \"%s\", which is no "
                        + "speclint rule%s; name the id in the finding's brackets", suppression.directive(),
                        Excerpt.of(rule), suggestion));
            } else if (!RuleSet.acceptable(rule)) {
                report(out, suppression.position(), rule, String.format("%s names %s, whose findings are about "
                        + "suppressions and cannot be suppressed; fix the comment, or set the rule's severity in "
                        + "the configuration", suppression.directive(), rule));
            }
        }
    }

    private static String suggestion(String typed, List<String> ids) {
        if (typed.length() > MAX_SUGGESTED_LENGTH) {
            return "";
        }
        String closest = Closest.to(typed, ids);
        return closest != null && Closest.distance(typed, closest) <= Math.max(2, typed.length() / 4)
                ? " (did you mean " + closest + "?)" : "";
    }
}
