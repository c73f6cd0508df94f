package io.github.speclint.rules;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.tests.TestEvidence;

/**
 * A rule that judges one spec against the test results: it runs only when the run was given test reports, and sees
 * the spec, the index and the Coverage Maps joined with the outcome of each test case.
 */
public interface TestRule {

    RuleInfo info();

    void check(SpecDocument spec, SpecIndex index, TestEvidence tests, FindingSink out);
}
