package io.github.speclint.graph;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Link;
import io.github.speclint.model.SpecDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What cross-document rules look things up in, built once after parsing in one pass over the specs: specs by path
 * and by id, criteria by id, each spec's resolved links, each coverage spec's tables, and which requirement ids some
 * coverage spec maps or declares untestable.
 */
public final class SpecIndex {

    private final List<SpecDocument> specs;
    private final Map<String, SpecDocument> byPath = new HashMap<>();
    private final Map<String, List<SpecDocument>> byId = new HashMap<>();
    private final Map<String, List<CriterionRef>> criteria = new HashMap<>();
    private final Map<String, List<ResolvedLink>> links = new HashMap<>();
    private final Map<String, CoverageSheet> sheets = new HashMap<>();
    private final Set<String> mapped = new HashSet<>();
    private final Set<String> declaredUntestable = new HashSet<>();

    private SpecIndex(List<SpecDocument> specs) {
        this.specs = List.copyOf(specs);
    }

    /**
     * @param base the folder specs' paths are relative to
     * @param root the spec root; links that resolve outside it are reported
     */
    public static SpecIndex build(List<SpecDocument> specs, Path base, Path root) {
        SpecIndex index = new SpecIndex(specs);
        for (SpecDocument spec : specs) {
            index.byPath.put(spec.path(), spec);
            spec.id().ifPresent(id -> index.byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(spec));
            for (Criterion criterion : spec.criteria()) {
                if (criterion.hasId()) {
                    index.criteria.computeIfAbsent(criterion.id(), k -> new ArrayList<>(1))
                            .add(new CriterionRef(spec, criterion));
                }
            }
        }
        Path absoluteBase = base.toAbsolutePath().normalize();
        String rootPath = LinkResolver.slashes(absoluteBase.relativize(root.toAbsolutePath().normalize()));
        LinkResolver resolver = new LinkResolver(absoluteBase, rootPath, index.byPath);
        for (SpecDocument spec : specs) {
            List<ResolvedLink> resolved = new ArrayList<>();
            for (Link link : spec.links()) {
                resolver.resolve(spec, link).ifPresent(resolved::add);
            }
            index.links.put(spec.path(), resolved);
            if (spec.layer().orElse(null) == Layer.COVERAGE && spec.readable()) {
                CoverageSheet sheet = CoverageSheet.of(spec);
                index.sheets.put(spec.path(), sheet);
                sheet.map().forEach(row -> index.mapped.addAll(row.ids()));
                sheet.untestable().forEach(row -> index.declaredUntestable.addAll(row.ids()));
            }
        }
        return index;
    }

    public List<SpecDocument> specs() {
        return specs;
    }

    public Optional<SpecDocument> spec(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Every spec with this front-matter id: more than one is a finding. */
    public List<SpecDocument> specsWithId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** Every criterion with this id, in any spec. */
    public List<CriterionRef> criteria(String id) {
        return criteria.getOrDefault(id, List.of());
    }

    /** The spec's links to Markdown files, resolved. */
    public List<ResolvedLink> links(SpecDocument spec) {
        return links.getOrDefault(spec.path(), List.of());
    }

    /** The specs this spec links to in the layers above it: what it traces to. */
    public List<ResolvedLink> upstreamLinks(SpecDocument spec) {
        Layer layer = spec.layer().orElse(null);
        return links(spec).stream()
                .filter(link -> link.target().flatMap(SpecDocument::layer)
                        .filter(target -> layer != null && target.ordinal() < layer.ordinal()).isPresent())
                .toList();
    }

    public Optional<CoverageSheet> coverage(SpecDocument spec) {
        return Optional.ofNullable(sheets.get(spec.path()));
    }

    /** True when some coverage spec's Coverage Map names the requirement (ranges expanded). */
    public boolean isMapped(String requirementId) {
        return mapped.contains(requirementId);
    }

    /** True when the criterion is marked untestable or listed in some coverage spec's Untestable Criteria table. */
    public boolean isUntestable(Criterion criterion) {
        return criterion.untestable() || declaredUntestable.contains(criterion.id());
    }

    public boolean hasCoverage() {
        return !sheets.isEmpty();
    }

    public int linkCount() {
        return links.values().stream().mapToInt(List::size).sum();
    }
}
