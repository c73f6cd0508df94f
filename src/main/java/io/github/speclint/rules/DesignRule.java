package io.github.speclint.rules;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;

/**
 * A rule that judges one design artifact: on its own, or against the specs and designs of the tree, which it looks
 * up in the design index built once over all of them.
 */
public interface DesignRule {

    RuleInfo info();

    void check(DesignDocument design, DesignIndex index, FindingSink out);
}
