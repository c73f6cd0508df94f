package io.github.speclint.rules.coverage;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.RequirementRange;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.TestMapping;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/** "Coverage IDs MUST reference their source requirement ID": a test's "Maps to" names a criterion that exists. */
public final class CoverageUnknownMappingRule extends AbstractRule implements GraphRule {

    public CoverageUnknownMappingRule() {
        super("coverage-unknown-mapping", Severity.ERROR,
                "\"# COV-X-NNN: Maps to ID\" comments name criteria defined in the tree");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        if (index.coverage(spec).isEmpty()) {
            return;
        }
        RequirementRange.Budget budget = new RequirementRange.Budget();
        for (TestMapping mapping : spec.testMappings()) {
            List<String> unknown = RequirementRange.expand(mapping.targets(), budget).orElse(List.of()).stream()
                    .filter(id -> index.criteria(id).isEmpty()).toList();
            if (!unknown.isEmpty()) {
                report(out, mapping.position(), mapping.testCaseId(), String.format(
                        "test case %s maps to %s, which no spec defines%s", mapping.testCaseId(),
                        String.join(", ", unknown), Known.hint(unknown.get(0), index)));
            }
        }
    }
}
