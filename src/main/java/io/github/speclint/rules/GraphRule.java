package io.github.speclint.rules;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.SpecDocument;

/**
 * A rule that judges one spec against the rest of the tree. It sees the spec and the index built once over all
 * specs, and looks other specs up in that index; it never walks all pairs of documents.
 */
public interface GraphRule {

    RuleInfo info();

    void check(SpecDocument spec, SpecIndex index, FindingSink out);
}
