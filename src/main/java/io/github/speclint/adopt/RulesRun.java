package io.github.speclint.adopt;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleInfo;

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

    /** The same run with more rules applied, at the same severities. */
    public RulesRun with(List<RuleInfo> more) {
        return new RulesRun(java.util.stream.Stream.concat(rules.stream(), more.stream()).toList(), severities);
    }

    public Severity severity(RuleInfo rule) {
        return severities.severity(rule);
    }

    /** The rules that ran at a severity other than their built-in one, with that severity. */
    public Map<String, Severity> changed() {
        return severities.changed(rules);
    }
}
