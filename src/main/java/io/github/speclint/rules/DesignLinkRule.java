package io.github.speclint.rules;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.SpecDocument;

/** A rule that judges a spec's Design References section against the designs it links. */
public interface DesignLinkRule {

    RuleInfo info();

    void check(SpecDocument spec, DesignIndex index, FindingSink out);
}
