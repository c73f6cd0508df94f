package io.github.speclint.rules.suppression;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Suppression;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.rules.SuppressionRule;
import io.github.speclint.rules.SuppressionUse;

/** A suppression that silences nothing has outlived its finding and goes. */
public final class SuppressionUnusedRule extends AbstractRule implements SuppressionRule {

    public SuppressionUnusedRule() {
        super("suppression-unused", Severity.WARNING, "every suppression silences a finding");
    }

    @Override
    public void check(SpecDocument spec, SuppressionUse use, FindingSink out) {
        for (Suppression suppression : spec.suppressions().all()) {
            if (suppression.hasReason() && !suppression.expiredOn(use.today()) && use.ran(suppression.ruleId())
                    && RuleSet.acceptable(suppression.ruleId()) && !use.used(suppression)) {
                String rule = suppression.ruleId();
                report(out, suppression.position(), suppression.directive() + " " + rule, String.format(
                        "%s %s silences nothing: there is no %s finding %s; remove it", suppression.directive(), rule,
                        rule, suppression.where()));
            }
        }
    }
}
