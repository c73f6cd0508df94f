package io.github.speclint.rules.coverage;

import io.github.speclint.graph.CoverageSheet.MapRow;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.List;

/**
 * Every Requirement ID in a Coverage Map is a criterion some spec defines; ranges ({@code FUN-X-001 through 011})
 * are expanded and each member must exist. A map row for a renamed or deleted criterion tests nothing.
 */
public final class CoverageUnknownRequirementRule extends AbstractRule implements GraphRule {

    public CoverageUnknownRequirementRule() {
        super("coverage-unknown-requirement", Severity.ERROR,
                "Coverage Map requirement ids (ranges expanded) are criteria defined in the tree");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        index.coverage(spec).ifPresent(sheet -> {
            for (MapRow row : sheet.map()) {
                if (row.requirement().isBlank() || Placeholder.tokenIn(row.requirement())) {
                    continue;
                }
                if (row.ids().isEmpty()) {
                    report(out, row.requirementPosition(), row.requirement(), String.format("Coverage Map "
                            + "requirement \"%s\" names no criterion id; write an id such as FUN-LOGIN-001 or a range "
                            + "such as FUN-LOGIN-001 through 005", row.requirement()));
                    continue;
                }
                List<String> unknown = row.ids().stream().filter(id -> index.criteria(id).isEmpty()).toList();
                if (!unknown.isEmpty()) {
                    report(out, row.requirementPosition(), row.requirement(), String.format(
                            "Coverage Map names %s, which no spec defines%s", String.join(", ", unknown),
                            Known.hint(unknown.get(0), index)));
                }
            }
        });
    }
}
