package io.github.speclint.rules;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects the findings of one file, stamping each with the file's path and the severity the rule runs at. */
public final class FindingCollector implements FindingSink {

    private final String path;
    private final Function<RuleInfo, Severity> severity;
    private final List<Finding> findings = new ArrayList<>();

    /** Findings at each rule's built-in severity. */
    public FindingCollector(String path) {
        this(path, RuleInfo::severity);
    }

    /** @param severity the severity each rule runs at in this run */
    public FindingCollector(String path, Function<RuleInfo, Severity> severity) {
        this.path = path;
        this.severity = severity;
    }

    @Override
    public void report(RuleInfo rule, SourcePosition position, String subject, String message) {
        findings.add(new Finding(rule.id(), severity.apply(rule), path, position, message, subject));
    }

    public List<Finding> findings() {
        return findings;
    }
}
