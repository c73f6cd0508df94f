package io.github.speclint.graph;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.SpecDocument;

/** A criterion and the spec that holds it. */
public record CriterionRef(SpecDocument spec, Criterion criterion) {
}
