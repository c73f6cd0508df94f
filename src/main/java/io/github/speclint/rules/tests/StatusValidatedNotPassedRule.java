package io.github.speclint.rules.tests;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.TestRule;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestEvidence.TestCase;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "validated: all tests passed": a validated spec with a checked criterion whose mapped test cases did not all
 * pass has a status the test reports contradict.
 */
public final class StatusValidatedNotPassedRule extends AbstractRule implements TestRule {

    public StatusValidatedNotPassedRule() {
        super("status-validated-not-passed", Severity.ERROR,
                "A validated spec has no checked criterion whose mapped test cases did not all pass");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, TestEvidence tests, FindingSink out) {
        if (!spec.status().filter("validated"::equals).isPresent()) {
            return;
        }
        List<Criterion> contradicted = spec.criteria().stream().filter(Criterion::hasId)
                .filter(criterion -> Outcomes.checkedButNotPassed(criterion, tests)).toList();
        if (contradicted.isEmpty()) {
            return;
        }
        Set<TestCase> notPassed = new LinkedHashSet<>();
        contradicted.forEach(criterion -> notPassed.addAll(Outcomes.notPassed(criterion, tests)));
        SourcePosition status = spec.frontMatter().entry("status").map(FrontMatterEntry::valuePosition)
                .orElse(SourcePosition.START);
        report(out, status, "status", String.format("spec is validated but the tests of %s did not all pass: %s; "
                        + "make them pass or set the status to failed",
                Outcomes.list(contradicted.stream().map(Criterion::id).toList()),
                Outcomes.describe(List.copyOf(notPassed))));
    }
}
