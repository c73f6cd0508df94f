package io.github.speclint.graph;

import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;

import java.util.List;
import java.util.Optional;

/** What the per-document phase works out for the spec index: where the spec's links lead, its coverage tables. */
public record SpecFacts(SpecDocument spec, List<LinkPath> links, Optional<CoverageSheet> coverage) {

    public static SpecFacts of(SpecDocument spec, LinkPaths paths) {
        boolean coverage = spec.readable() && spec.isIn(Layer.COVERAGE);
        return new SpecFacts(spec, paths.of(spec),
                coverage ? Optional.of(CoverageSheet.of(spec)) : Optional.empty());
    }
}
