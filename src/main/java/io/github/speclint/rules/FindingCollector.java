package io.github.speclint.rules;

import io.github.speclint.model.Finding;
import io.github.speclint.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one file, stamping each with the file's path and the rule's severity. */
public final class FindingCollector implements FindingSink {

    private final String path;
    private final List<Finding> findings = new ArrayList<>();

    public FindingCollector(String path) {
        this.path = path;
    }

    @Override
    public void report(RuleInfo rule, SourcePosition position, String subject, String message) {
        findings.add(new Finding(rule.id(), rule.severity(), path, position, message, subject));
    }

    public List<Finding> findings() {
        return findings;
    }
}
