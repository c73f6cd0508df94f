package io.github.speclint.graph;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;

import java.util.Collection;
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
        return of(index, index.specs());
    }

    /**
     * The figures of some of the index's specs (those a run lints), looked up in the whole index: a criterion counts
     * as mapped when any coverage spec of the tree maps it.
     */
    public static GraphStatistics of(SpecIndex index, Collection<SpecDocument> specs) {
        Counts counts = specs.parallelStream().map(spec -> Counts.of(spec, index))
                .reduce(Counts.NONE, Counts::plus);
        OptionalDouble coverage = !index.hasCoverage() ? OptionalDouble.empty()
                : OptionalDouble.of(counts.testable == 0 ? 100.0 : counts.mapped * 100.0 / counts.testable);
        return new GraphStatistics(counts.links, counts.criteria, counts.done, counts.failed, coverage);
    }

    private record Counts(int links, int criteria, int done, int failed, int testable, int mapped) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        static Counts of(SpecDocument spec, SpecIndex index) {
            boolean traced = spec.layer().isPresent() && !spec.isIn(Layer.COVERAGE);
            int criteria = 0;
            int done = 0;
            int failed = 0;
            int testable = 0;
            int mapped = 0;
            for (Criterion criterion : spec.criteria()) {
                for (String id : criterion.memberIds()) {
                    criteria++;
                    done += criterion.isChecked() ? 1 : 0;
                    failed += criterion.isFailed() ? 1 : 0;
                    if (traced && !index.isUntestable(criterion, id)) {
                        testable++;
                        mapped += index.isMapped(id) ? 1 : 0;
                    }
                }
            }
            return new Counts(index.links(spec).size(), criteria, done, failed, testable, mapped);
        }

        Counts plus(Counts other) {
            return new Counts(links + other.links, criteria + other.criteria, done + other.done, failed + other.failed,
                    testable + other.testable, mapped + other.mapped);
        }
    }
}
