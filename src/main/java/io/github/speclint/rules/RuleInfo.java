package io.github.speclint.rules;

import io.github.speclint.model.Severity;

/**
 * A rule's public face: the id users type, its default severity and the one line that describes it.
 * The longer doc entry (what, why, bad and good example) is in RULES.md under the same id.
 */
public record RuleInfo(String id, Severity severity, String summary) {
}
