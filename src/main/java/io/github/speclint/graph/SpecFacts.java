package io.github.speclint.graph;

import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;

import java.util.List;
import java.util.Optional;

/**
 * What the per-document phase works out for the spec index: where the spec's links lead, its coverage tables, and
 * its Design References.
 */
public record SpecFacts(SpecDocument spec, List<LinkPath> links, Optional<CoverageSheet> coverage,
                        DesignReferences designs) {

    public static SpecFacts of(SpecDocument spec, LinkPaths paths) {
        return of(spec, paths, null);
    }

    /** The same facts about a slimmer copy of the spec ({@link SpecDocument#forGraph()}). */
    public SpecFacts withSpec(SpecDocument kept) {
        return new SpecFacts(kept, links, coverage, designs);
    }

    /** @param designLinks how to read the spec's Design References; null when designs are not checked */
    public static SpecFacts of(SpecDocument spec, LinkPaths paths, DesignLinks designLinks) {
        boolean coverage = spec.readable() && spec.isIn(Layer.COVERAGE);
        return new SpecFacts(spec, paths.of(spec),
                coverage ? Optional.of(CoverageSheet.of(spec)) : Optional.empty(),
                designLinks == null || !spec.readable() ? DesignReferences.NONE : designLinks.of(spec));
    }
}
