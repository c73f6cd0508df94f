package io.github.speclint.rules.tests;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.TestRule;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestEvidence.TestCase;

import java.util.List;

/**
 * "[x] = satisfied (test passed)": a criterion checked done whose mapped test cases did not all pass (one failed,
 * or none of its tests ran) claims more than the build shows.
 */
public final class CriterionCheckedNotPassedRule extends AbstractRule implements TestRule {

    public CriterionCheckedNotPassedRule() {
        super("criterion-checked-not-passed", Severity.ERROR,
                "A criterion checked [x] has mapped test cases that all passed");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, TestEvidence tests, FindingSink out) {
        for (Criterion criterion : spec.criteria()) {
            if (!criterion.hasId() || !Outcomes.checkedButNotPassed(criterion, tests)) {
                continue;
            }
            List<TestCase> notPassed = Outcomes.notPassed(criterion, tests);
            report(out, criterion.idPosition(), criterion.id(), String.format(
                    "%s is checked [x] but its test %s %s; make %s pass or set the box back to [ ]",
                    criterion.id(), notPassed.size() == 1 ? "case" : "cases", Outcomes.describe(notPassed),
                    notPassed.size() == 1 ? "it" : "them"));
        }
    }
}
