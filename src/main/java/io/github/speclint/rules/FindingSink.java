package io.github.speclint.rules;

import io.github.speclint.model.SourcePosition;

/** Where rules put what they find in one spec file. */
public interface FindingSink {

    /**
     * @param subject what the finding is about (a criterion id, a section, a table, a key); stable across edits
     */
    void report(RuleInfo rule, SourcePosition position, String subject, String message);
}
