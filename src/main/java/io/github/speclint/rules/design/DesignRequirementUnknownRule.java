package io.github.speclint.rules.design;

import io.github.speclint.graph.CriterionRef;
import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A design depicts requirements of the specs it draws: each {@code requirements} id is a criterion defined in one of
 * the specs its {@code specifications} lead to (for a coverage spec, one of its test case ids), looked up in the spec
 * index and the coverage tables, not searched as text.
 */
public final class DesignRequirementUnknownRule extends AbstractRule implements DesignRule {

    public DesignRequirementUnknownRule() {
        super("design-requirement-unknown", Severity.ERROR,
                "Each requirement of a design is a criterion of one of the specs it lists");
    }

    /**
     * Coverage specs define no criteria of their own: a coverage design's requirements are the test case ids
     * ({@code COV-LOANS-001}) of the linked specs' Coverage Map and test definitions.
     */
    private static Set<String> testCases(List<SpecDocument> linked, DesignIndex index) {
        Set<String> ids = new HashSet<>();
        for (SpecDocument spec : linked) {
            index.specs().coverage(spec).ifPresent(sheet -> sheet.map().forEach(row -> ids.add(row.testCase())));
            spec.testMappings().forEach(mapping -> ids.add(mapping.testCaseId()));
        }
        return ids;
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        List<SpecDocument> linked = index.linkedSpecs(design);
        if (linked.isEmpty()) {
            return;
        }
        Set<SpecDocument> specs = Set.copyOf(linked);
        Set<String> testCases = testCases(linked, index);
        String names = linked.stream().limit(3).map(spec -> Fields.shortened(spec.id().orElse(spec.path())))
                .collect(Collectors.joining(", ")) + (linked.size() > 3 ? " and " + (linked.size() - 3) + " more" : "");
        design.frontMatter().entry("requirements").ifPresent(list -> {
            for (FrontMatterEntry item : list.children()) {
                if (!item.isScalar()) {
                    continue;
                }
                String id = item.value().strip();
                List<CriterionRef> refs = index.specs().criteria(id);
                // walk the shorter side: an id shared by thousands of specs must not cost thousands per requirement
                boolean defined = refs.size() <= linked.size()
                        ? refs.stream().anyMatch(ref -> specs.contains(ref.spec()))
                        : linked.stream().anyMatch(spec -> index.defines(spec, id));
                if (defined || testCases.contains(id)) {
                    continue;
                }
                String where = refs.isEmpty() ? "no spec defines it" : "it is a criterion of " + Fields.shortened(refs
                        .get(0).spec().path()) + ", which specifications does not list";
                report(out, item.valuePosition(), id, String.format("requirement %s is not a criterion of %s (%s); "
                        + "name criteria of the specs this design draws", Fields.shortened(id), names, where));
            }
        });
    }
}
