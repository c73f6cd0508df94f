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
        References references = new References(new HashMap<>(), new HashMap<>());
        for (SpecDocument spec : index.specs()) {
            for (ResolvedLink link : index.links(spec)) {
                if (link.isReference() && link.target().isPresent()) {
                    List<Incoming> into = references.incoming().computeIfAbsent(link.targetPath(),
                            k -> new ArrayList<>());
                    references.named().computeIfAbsent(link.targetPath(), k -> new HashMap<>())
                            .computeIfAbsent(link.link().text().strip(), k -> new ArrayList<>()).add(into.size());
                    into.add(new Incoming(spec, link));
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
        // each row traced when it is drawn, not all of them held at once; the criteria of one business spec that no
        // link names share one trace (the specs that link the spec as a whole), walked once for them all
        AtomicReference<Trace> shared = new AtomicReference<>();
        return LazyRows.mapped(starts, start -> {
            Trace trace = trace(start.business(), start.criterion(), references, designs, shared);
            return new Row(start.business(), start.criterion(), trace.specs(), trace.designs(),
                    testCases.getOrDefault(start.criterion().id(), Set.of()));
        });
    }

    /** A business criterion whose trace is a row. */
    private record Start(SpecDocument business, Criterion criterion) {
    }

    /**
     * The references filed under the spec they lead to, and for each spec the link texts it is named by, each with
     * where its references stand in the spec's incoming list.
     */
    private record References(Map<String, List<Incoming>> incoming, Map<String, Map<String, List<Integer>>> named) {

        /**
         * The references to the business spec aimed at the criterion or at the spec as a whole, in their order among
         * all its references: looked up by text, as a walk over all of them for each criterion is quadratic when each
         * criterion is named by a link of its own.
         */
        List<Incoming> aimedAt(String business, String criterion, String spec) {
            Map<String, List<Integer>> texts = named.getOrDefault(business, Map.of());
            List<Integer> first = texts.getOrDefault(criterion, List.of());
            List<Integer> second = criterion.equals(spec) ? List.of() : texts.getOrDefault(spec, List.of());
            List<Incoming> into = incoming.get(business);
            List<Incoming> aimed = new ArrayList<>(first.size() + second.size());
            int i = 0;
            int j = 0;
            while (i < first.size() || j < second.size()) {
                boolean takeFirst = j == second.size() || i < first.size() && first.get(i) < second.get(j);
                aimed.add(into.get(takeFirst ? first.get(i++) : second.get(j++)));
            }
            return aimed;
        }
    }

    /** The specs and designs on the trace of a criterion of the business spec. */
    private record Trace(String business, Map<Layer, Set<String>> specs, Set<String> designs) {
    }

    /**
     * Walks incoming references from the business spec downward, keeping those aimed at the spec or criterion. A
     * criterion no link names is aimed at by the links to the spec alone, like its neighbours: the trace walked for
     * the last of them is theirs too.
     */
    private static Trace trace(SpecDocument business, Criterion criterion, References references,
                               DesignIndex designs, AtomicReference<Trace> shared) {
        boolean named = references.named().getOrDefault(business.path(), Map.of()).containsKey(criterion.id());
        Trace earlier = shared.get();
        if (!named && earlier != null && earlier.business().equals(business.path())) {
            return earlier;
        }
        Map<Layer, Set<String>> traced = new HashMap<>();
        Set<String> onTrace = new LinkedHashSet<>();
        onTrace.add(business.path());
        List<String> frontier = new ArrayList<>(onTrace);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String path : frontier) {
                List<Incoming> into = path.equals(business.path())
                        ? references.aimedAt(path, criterion.id(), business.id().orElse(criterion.id()))
                        : references.incoming().getOrDefault(path, List.of());
                for (Incoming reference : into) {
                    SpecDocument source = reference.source();
                    Layer layer = source.layer().orElse(null);
                    if (layer != null && !layer.equals(Layer.BUSINESS) && !layer.equals(Layer.COVERAGE)
                            && onTrace.add(source.path())) {
                        traced.computeIfAbsent(layer, k -> new LinkedHashSet<>()).add(source.id().orElse(source.path()));
                        next.add(source.path());
                    }
                }
            }
            frontier = next;
        }
        Trace trace = new Trace(business.path(), Collections.unmodifiableMap(traced), designs(onTrace, designs));
        if (!named) {
            shared.set(trace);
        }
        return trace;
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
