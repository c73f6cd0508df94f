package io.github.speclint.rules;

import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;

/** A document rule with its public face fixed at construction. */
public abstract class AbstractDocumentRule implements DocumentRule {

    private final RuleInfo info;

    protected AbstractDocumentRule(String id, Severity severity, String summary) {
        this.info = new RuleInfo(id, severity, summary);
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    protected final void report(FindingSink out, SourcePosition position, String subject, String message) {
        out.report(info, position, subject, message);
    }
}
