package io.github.speclint.adopt;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rules a run applied (those set to off did not run), each with its built-in severity, and the severities the
 * team set, which the run's findings carry.
 */
public record RulesRun(List<RuleInfo> rules, RuleSeverities severities) {

    public RulesRun {
        rules = List.copyOf(rules);
    }

    /** The same run with more rules applied, at the same severities, in the order {@link RuleSet#all()} lists them. */
    public RulesRun with(List<RuleInfo> more) {
        return inListOrder(java.util.stream.Stream.concat(rules.stream(), more.stream()).toList(), severities);
    }

    /** The rules in the order {@link RuleSet#all()} lists them; rules it does not know come last. */
    public static RulesRun inListOrder(Collection<RuleInfo> rules, RuleSeverities severities) {
        List<RuleInfo> order = RuleSet.all();
        return new RulesRun(rules.stream().sorted(Comparator.comparingInt(rule -> {
            int index = order.indexOf(rule);
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList(), severities);
    }

    public Severity severity(RuleInfo rule) {
        return severities.severity(rule);
    }

    /** The rules that ran at a severity other than their built-in one, with that severity. */
    public Map<String, Severity> changed() {
        return severities.changed(rules);
    }
}
