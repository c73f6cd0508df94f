package io.github.speclint.report;

import io.github.speclint.graph.CoverageSheet;
import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.ResolvedDesignLink;
import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Traces each business criterion down the chain: the functional specs that link it (or its whole use case), the
 * stack and infrastructure specs that link it or a spec already on its trace, the designs that the business spec or
 * a spec on its trace links in Design References, and the coverage test cases whose Coverage Map rows name it.
 */
final class TraceMatrix {

    /** One business criterion and the spec ids (per layer), design ids and test cases that trace to it. */
    record Row(SpecDocument spec, Criterion criterion, Map<Layer, Set<String>> specs, Set<String> designs,
               Set<String> testCases) {
    }

    /** A reference from a spec, filed under the spec it leads to. */
    private record Incoming(SpecDocument source, ResolvedLink link) {
    }

    private TraceMatrix() {
    }

    /** The layers between business and coverage, one column each. */
    static List<Layer> columns(Layers layers) {
        return layers.all().stream().filter(l -> !l.equals(Layer.BUSINESS) && !l.equals(Layer.COVERAGE)).toList();
    }

    static List<Row> of(SpecIndex index, DesignIndex designs) {
        Map<String, List<Incoming>> incoming = new HashMap<>();
        for (SpecDocument spec : index.specs()) {
            for (ResolvedLink link : index.links(spec)) {
                if (link.isReference() && link.target().isPresent()) {
                    incoming.computeIfAbsent(link.targetPath(), k -> new ArrayList<>()).add(new Incoming(spec, link));
                }
            }
        }
        Map<String, Set<String>> testCases = new HashMap<>();
        for (CoverageSheet sheet : index.coverageSheets()) {
            for (CoverageSheet.MapRow row : sheet.map()) {
                for (String id : row.ids()) {
                    if (!row.testCase().isBlank()) {
                        testCases.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(row.testCase());
                    }
                }
            }
        }
        List<Start> starts = new ArrayList<>();
        for (SpecDocument business : index.specs()) {
            if (!business.isIn(Layer.BUSINESS)) {
                continue;
            }
            for (Criterion criterion : business.criteria()) {
                if (criterion.hasId()) {
                    starts.add(new Start(business, criterion));
                }
            }
        }
        // each row traced when it is drawn, not all of them held at once; the criteria of one business spec mostly
        // share their trace (the specs that link the spec as a whole), which is walked once for them
        AtomicReference<Trace> last = new AtomicReference<>();
        return LazyRows.mapped(starts, start -> {
            Trace trace = trace(start.business(), start.criterion(), incoming, designs, last);
            return new Row(start.business(), start.criterion(), trace.specs(), trace.designs(),
                    testCases.getOrDefault(start.criterion().id(), Set.of()));
        });
    }

    /** A business criterion whose trace is a row. */
    private record Start(SpecDocument business, Criterion criterion) {
    }

    /**
     * The specs and designs on a trace, and the first-level specs (in order) it was walked from: a criterion whose
     * first level is the same, in the same order, has the same trace.
     */
    private record Trace(List<String> firstLevel, Map<Layer, Set<String>> specs, Set<String> designs) {
    }

    /**
     * Walks incoming references from the business spec downward, keeping those aimed at the spec or criterion; the
     * walk of the criterion drawn before is reused when this one starts from the same specs.
     */
    private static Trace trace(SpecDocument business, Criterion criterion, Map<String, List<Incoming>> incoming,
                               DesignIndex designs, AtomicReference<Trace> last) {
        List<Incoming> firstLevel = new ArrayList<>();
        Set<String> firstPaths = new LinkedHashSet<>();
        firstPaths.add(business.path());
        for (Incoming reference : incoming.getOrDefault(business.path(), List.of())) {
            String text = reference.link().link().text().strip();
            boolean aimed = text.equals(criterion.id()) || business.id().filter(text::equals).isPresent();
            if (aimed && traced(reference.source()) && firstPaths.add(reference.source().path())) {
                firstLevel.add(reference);
            }
        }
        List<String> key = List.copyOf(firstPaths);
        Trace earlier = last.get();
        if (earlier != null && earlier.firstLevel().equals(key)) {
            return earlier;
        }
        Map<Layer, Set<String>> traced = new HashMap<>();
        Set<String> onTrace = new LinkedHashSet<>(firstPaths);
        List<String> frontier = new ArrayList<>();
        for (Incoming reference : firstLevel) {
            add(reference.source(), traced, frontier);
        }
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String path : frontier) {
                for (Incoming reference : incoming.getOrDefault(path, List.of())) {
                    if (traced(reference.source()) && onTrace.add(reference.source().path())) {
                        add(reference.source(), traced, next);
                    }
                }
            }
            frontier = next;
        }
        Trace trace = new Trace(key, Collections.unmodifiableMap(traced), designs(onTrace, designs));
        last.set(trace);
        return trace;
    }

    /** Specs of the layers between business and coverage are on a trace. */
    private static boolean traced(SpecDocument source) {
        Layer layer = source.layer().orElse(null);
        return layer != null && !layer.equals(Layer.BUSINESS) && !layer.equals(Layer.COVERAGE);
    }

    private static void add(SpecDocument source, Map<Layer, Set<String>> traced, List<String> frontier) {
        traced.computeIfAbsent(source.layer().orElseThrow(), k -> new LinkedHashSet<>())
                .add(source.id().orElse(source.path()));
        frontier.add(source.path());
    }

    /** The ids of the designs the specs on a trace link in their Design References. */
    private static Set<String> designs(Set<String> onTrace, DesignIndex designs) {
        Set<String> ids = new LinkedHashSet<>();
        for (String path : onTrace) {
            for (ResolvedDesignLink link : designs.links(path)) {
                link.design().filter(design -> !link.link().image())
                        .ifPresent(design -> ids.add(design.id().orElse(design.path())));
            }
        }
        return ids;
    }
}
