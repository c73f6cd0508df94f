package io.github.speclint.graph;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;

import java.util.OptionalDouble;

/**
 * The spec graph in figures.
 *
 * @param links    links to Markdown files that were resolved and checked
 * @param coverage testable criteria (of all layers but coverage) mapped to a test, in percent; empty without
 *                 coverage specs
 */
public record GraphStatistics(int links, int criteria, int done, int failed, OptionalDouble coverage) {

    public static final GraphStatistics EMPTY = new GraphStatistics(0, 0, 0, 0, OptionalDouble.empty());

    public static GraphStatistics of(SpecIndex index) {
        int criteria = 0;
        int done = 0;
        int failed = 0;
        int testable = 0;
        int mapped = 0;
        for (SpecDocument spec : index.specs()) {
            boolean traced = spec.layer().orElse(Layer.COVERAGE) != Layer.COVERAGE;
            for (Criterion criterion : spec.criteria()) {
                if (!criterion.hasId()) {
                    continue;
                }
                criteria++;
                done += criterion.isChecked() ? 1 : 0;
                failed += criterion.isFailed() ? 1 : 0;
                if (traced && !criterion.isRange() && !index.isUntestable(criterion)) {
                    testable++;
                    mapped += index.isMapped(criterion.id()) ? 1 : 0;
                }
            }
        }
        OptionalDouble coverage = !index.hasCoverage() ? OptionalDouble.empty()
                : OptionalDouble.of(testable == 0 ? 100.0 : mapped * 100.0 / testable);
        return new GraphStatistics(index.linkCount(), criteria, done, failed, coverage);
    }
}
