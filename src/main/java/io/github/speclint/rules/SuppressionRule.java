package io.github.speclint.rules;

import io.github.speclint.model.SpecDocument;

/**
 * A rule about the suppressions of one spec that needs to know how the run applied them (which expired, which
 * silenced nothing). Its own findings cannot be suppressed.
 */
public interface SuppressionRule {

    RuleInfo info();

    void check(SpecDocument spec, SuppressionUse use, FindingSink out);
}
