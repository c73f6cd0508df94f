package io.github.speclint.rules.identity;

import io.github.speclint.graph.CriterionRef;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * "IDs MUST be unique within the project": a criterion id in two files makes coverage maps and test results point
 * at two things. Reported once, at the first definition in path order, naming the other files. Criteria of a spec
 * whose own id is repeated are left to {@link SpecDuplicateIdRule}: renaming the spec renames them. Test-case ids in
 * coverage maps are not criteria.
 */
public final class CriterionSharedIdRule extends AbstractRule implements GraphRule {

    public CriterionSharedIdRule() {
        super("criterion-shared-id", Severity.ERROR,
                "Each criterion id is defined in one spec file only");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        String sharedSpecId = spec.id().filter(index::isSharedSpecId).map(id -> id + "-").orElse(null);
        for (Criterion criterion : spec.criteria()) {
            for (String id : criterion.memberIds()) {
                if (!index.isSharedCriterionId(id) || (sharedSpecId != null && id.startsWith(sharedSpecId))) {
                    continue;
                }
                List<CriterionRef> refs = index.criteria(id);
                if (refs.get(0).spec() == spec && refs.get(0).criterion() == criterion) {
                    report(out, criterion.idPosition(), id, String.format("criterion id \"%s\" is also defined in "
                            + "%s; criterion ids are unique in the project", id, Holders.list(others(refs, index))));
                }
            }
        }
    }

    /** The first definition in each other file. */
    private static List<String> others(List<CriterionRef> refs, SpecIndex index) {
        List<String> places = new ArrayList<>();
        Set<SpecDocument> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(refs.get(0).spec());
        for (CriterionRef ref : refs) {
            if (seen.add(ref.spec())) {
                places.add(index.where(ref.spec(), ref.criterion().idPosition().line()));
            }
        }
        return places;
    }
}
