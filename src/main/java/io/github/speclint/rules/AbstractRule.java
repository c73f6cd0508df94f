package io.github.speclint.rules;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;

/** A rule with its public face fixed at construction. */
public abstract class AbstractRule {

    private final RuleInfo info;

    protected AbstractRule(String id, Severity severity, String summary) {
        this.info = new RuleInfo(id, severity, summary);
    }

    public final RuleInfo info() {
        return info;
    }

    protected final void report(FindingSink out, SourcePosition position, String subject, String message) {
        out.report(info, position, subject, message);
    }
}
