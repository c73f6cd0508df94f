package io.github.speclint.rules.coverage;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.RequirementId;
import io.github.speclint.model.SpecDocument;

import java.util.List;

/** What the tree does have near an unknown requirement id, looked up by its spec part: the message's hint. */
final class Known {

    private Known() {
    }

    static String hint(String unknownId, SpecIndex index) {
        if (!index.specsWithId(unknownId).isEmpty()) {
            return String.format(" (%s is a spec id; name its criterion ids)", unknownId);
        }
        RequirementId id = RequirementId.parse(unknownId);
        List<SpecDocument> specs = index.specsWithId(id.spec());
        if (specs.isEmpty()) {
            return String.format(" (there is no spec %s)", id.spec());
        }
        List<String> ids = specs.get(0).criteria().stream().filter(Criterion::hasId).map(Criterion::id)
                .filter(own -> own.startsWith(id.spec() + "-")).toList();
        return ids.isEmpty() ? String.format(" (%s defines no criteria)", id.spec())
                : String.format(" (%s defines %s to %s)", id.spec(), ids.get(0), ids.get(ids.size() - 1));
    }
}
