package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.schema.DesignSchema;

import java.util.OptionalInt;

/**
 * A design is as far along as the least advanced of its active specs: it cannot be validated while a spec it draws
 * is a draft, nor lag behind specs that are all deployed. Kinds with their own lifecycle (design sequences) are
 * exempt, and so are deprecated designs.
 */
public final class DesignLifecycleRule extends AbstractRule implements DesignRule {

    public DesignLifecycleRule() {
        super("design-lifecycle", Severity.ERROR,
                "A design's status has the lowest lifecycle rank among its linked, non-deprecated specs");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        DesignSchema schema = index.schema();
        if (index.kind(design).filter(kind -> kind.lifecycle()).isEmpty()) {
            return;
        }
        Fields.scalar(design, "status").ifPresent(entry -> {
            OptionalInt rank = schema.rank(entry.value().strip());
            if (rank.isEmpty()) {
                return;
            }
            SpecDocument least = null;
            int lowest = Integer.MAX_VALUE;
            for (SpecDocument spec : index.linkedSpecs(design)) {
                OptionalInt specRank = spec.status().map(schema::rank).orElse(OptionalInt.empty());
                if (specRank.isPresent() && specRank.getAsInt() < lowest) {
                    lowest = specRank.getAsInt();
                    least = spec;
                }
            }
            if (least != null && lowest != rank.getAsInt()) {
                report(out, entry.valuePosition(), "status", String.format("status is %s (rank %d) but the least "
                        + "advanced linked spec, %s, is %s (rank %d); a design's status follows its specs: set it "
                        + "to %s", entry.value().strip(), rank.getAsInt(), Fields.shortened(least.id()
                                .orElse(least.path())),
                        least.status().orElseThrow(), lowest, least.status().orElseThrow()));
            }
        });
    }
}
