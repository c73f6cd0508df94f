package io.github.speclint.graph;

import io.github.speclint.discover.SpecRoot;
import io.github.speclint.discover.SpecRoots;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What cross-document rules look things up in, built once after parsing in two linear passes: specs by path and by
 * id and criteria by id, then each spec's links resolved to their targets and the coverage specs' tables with the
 * requirement ids they map or declare untestable. Everything that needs only one spec was worked out before, in the
 * per-document phase ({@link SpecFacts}); here there are only look-ups.
 */
public final class SpecIndex {

    private static final Pattern USE_CASE = Pattern.compile("UC(\\d{1,9})-");

    private final List<SpecDocument> specs;
    private final Layers layers;
    private final SpecRoots roots;
    private final Map<String, SpecDocument> byPath;
    private final Map<String, List<SpecDocument>> byId;
    private final Map<String, List<CriterionRef>> criteria;
    private final Map<String, List<ResolvedLink>> links;
    private final Map<String, CoverageSheet> sheets = new HashMap<>();
    private final Set<String> mapped = new HashSet<>();
    private final Map<SpecDocument, List<String>> unmapped = new ConcurrentHashMap<>();
    private final Set<String> declaredUntestable = new HashSet<>();
    private final Set<String> sharedCriterionIds = new HashSet<>();
    private final Set<String> sharedSpecIds = new HashSet<>();
    private final Map<String, List<SpecDocument>> byUseCase = new HashMap<>();

    private SpecIndex(List<SpecDocument> specs, Layers layers, SpecRoots roots) {
        this.specs = List.copyOf(specs);
        this.layers = layers;
        this.roots = roots;
        // sized up front: growing a map of every criterion id of a large tree rehashes it again and again
        byPath = new HashMap<>(capacity(specs.size()));
        byId = new HashMap<>(capacity(specs.size()));
        links = new HashMap<>(capacity(specs.size()));
        criteria = new HashMap<>(capacity(specs.stream().mapToInt(spec -> spec.criteria().size()).sum()));
    }

    private static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    /**
     * @param facts what the per-document phase worked out for each spec
     * @param base  the folder specs' paths are relative to, to tell a missing file from a file that is no spec
     * @param layers the layers of the run
     */
    public static SpecIndex build(List<SpecFacts> facts, Path base, Layers layers) {
        return build(facts, SpecRoots.of(base, List.of(new SpecRoot("", base))), layers);
    }

    /**
     * @param facts  what the per-document phase worked out for each spec
     * @param roots  the spec roots with their modules and the folder specs' paths are relative to
     * @param layers the layers of the run
     */
    public static SpecIndex build(List<SpecFacts> facts, SpecRoots roots, Layers layers) {
        Path base = roots.base();
        SpecIndex index = new SpecIndex(facts.stream().map(SpecFacts::spec).toList(), layers, roots);
        for (SpecDocument spec : index.specs) {
            index.byPath.put(spec.path(), spec);
            useCaseNumber(spec).ifPresent(number -> index.byUseCase.computeIfAbsent(number, k -> new ArrayList<>(1))
                    .add(spec));
            spec.id().ifPresent(id -> {
                List<SpecDocument> withId = index.byId.computeIfAbsent(id, k -> new ArrayList<>(1));
                withId.add(spec);
                if (withId.size() > 1) {
                    index.sharedSpecIds.add(id);
                }
            });
            for (Criterion criterion : spec.criteria()) {
                for (String id : criterion.memberIds()) {
                    CriterionRef ref = new CriterionRef(spec, criterion);
                    // nearly every id is defined once: one small immutable list, no array list with its array
                    List<CriterionRef> refs = index.criteria.putIfAbsent(id, List.of(ref));
                    if (refs != null) {
                        if (refs.get(0).spec() != spec) {
                            index.sharedCriterionIds.add(id);
                        }
                        index.criteria.put(id, appended(refs, ref));
                    }
                }
            }
        }
        Path absoluteBase = base.toAbsolutePath().normalize();
        for (SpecFacts fact : facts) {
            List<ResolvedLink> resolved = new ArrayList<>(fact.links().size());
            for (LinkPath path : fact.links()) {
                resolved.add(index.resolve(path, absoluteBase));
            }
            index.links.put(fact.spec().path(), resolved);
            fact.coverage().ifPresent(sheet -> {
                index.sheets.put(fact.spec().path(), sheet);
                index.mapped.addAll(sheet.mappedIds());
                index.declaredUntestable.addAll(sheet.untestableIds());
            });
        }
        return index;
    }

    private ResolvedLink resolve(LinkPath path, Path base) {
        if (path.outsideRoot()) {
            return new ResolvedLink(path.link(), ResolvedLink.Kind.OUTSIDE_ROOT, path.targetPath(), Optional.empty(),
                    path.sectionBases());
        }
        SpecDocument target = byPath.get(path.targetPath());
        ResolvedLink.Kind kind = target != null ? ResolvedLink.Kind.SPEC : kindOf(base, path.targetPath());
        return new ResolvedLink(path.link(), kind, path.targetPath(), Optional.ofNullable(target),
                path.sectionBases());
    }

    /**
     * Where a link to no spec leads: a file, a folder or nothing. A link may hold anything, a NUL byte included: what
     * is no valid path is no file.
     *
     * @param base the absolute, normalized folder spec paths are relative to
     */
    public static ResolvedLink.Kind kindOf(Path base, String path) {
        try {
            // one look at the file system, not one per kind: a re-run asks this for every link to a file
            BasicFileAttributes target = Files.readAttributes(base.resolve(path), BasicFileAttributes.class);
            return target.isRegularFile() ? ResolvedLink.Kind.OTHER_FILE
                    : target.isDirectory() ? ResolvedLink.Kind.DIRECTORY : ResolvedLink.Kind.MISSING;
        } catch (IOException | InvalidPathException notThere) {
            return ResolvedLink.Kind.MISSING;
        }
    }

    /**
     * What the index learnt from the file system rather than from the specs: where each link to no spec leads (a
     * file, a folder, nothing), in spec and link order. Cross-document findings hold while this and the specs do.
     */
    public String fileSystemState() {
        StringBuilder state = new StringBuilder();
        for (ResolvedLink link : linksToNoSpec()) {
            state.append(link.kind().ordinal()).append(' ').append(link.targetPath()).append('\n');
        }
        return state.toString();
    }

    /** The links whose targets {@link #fileSystemState()} describes, in spec and link order. */
    public List<ResolvedLink> linksToNoSpec() {
        List<ResolvedLink> found = new ArrayList<>();
        for (SpecDocument spec : specs) {
            for (ResolvedLink link : links.getOrDefault(spec.path(), List.of())) {
                if (link.kind() != ResolvedLink.Kind.SPEC && link.kind() != ResolvedLink.Kind.OUTSIDE_ROOT) {
                    found.add(link);
                }
            }
        }
        return found;
    }

    public List<SpecDocument> specs() {
        return specs;
    }

    /** The layers of the run, in chain order. */
    public Layers layers() {
        return layers;
    }

    /** The module a spec belongs to when the run spans several; empty otherwise. */
    public String module(SpecDocument spec) {
        return roots.namesModules() ? roots.moduleOf(spec.path()) : "";
    }

    /** How a message points at a place in another spec: {@code path:line}, and its module when there are several. */
    public String where(SpecDocument spec, int line) {
        String module = module(spec);
        return spec.path() + ":" + line + (module.isEmpty() ? "" : " (module " + module + ")");
    }

    /** Every spec with this front-matter id: more than one is a finding. */
    public List<SpecDocument> specsWithId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** The number of a business spec's use case, from its title {@code # UC3-CHECKOUT: ...}. */
    public static Optional<String> useCaseNumber(SpecDocument spec) {
        if (!spec.isIn(Layer.BUSINESS) || spec.title().isEmpty()) {
            return Optional.empty();
        }
        Matcher title = USE_CASE.matcher(spec.title().get().text());
        return title.lookingAt() ? Optional.of(String.valueOf(Integer.parseInt(title.group(1)))) : Optional.empty();
    }

    /** The business specs whose title has this use-case number. */
    public List<SpecDocument> specsWithUseCase(String number) {
        return byUseCase.getOrDefault(number, List.of());
    }

    /** True when more than one spec has this front-matter id. */
    public boolean isSharedSpecId(String id) {
        return !sharedSpecIds.isEmpty() && sharedSpecIds.contains(id);
    }

    /** True when criteria with this id stand in more than one spec file. */
    public boolean isSharedCriterionId(String id) {
        return !sharedCriterionIds.isEmpty() && sharedCriterionIds.contains(id);
    }

    /** The refs with one more; an id defined many times grows one array list, not a copy per definition. */
    private static List<CriterionRef> appended(List<CriterionRef> refs, CriterionRef ref) {
        List<CriterionRef> grown = refs instanceof ArrayList<CriterionRef> list ? list : new ArrayList<>(refs);
        grown.add(ref);
        return grown;
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
                        .filter(target -> layer != null && target.isUpstreamOf(layer)).isPresent())
                .toList();
    }

    /** Every coverage spec's tables, in spec order. */
    public List<CoverageSheet> coverageSheets() {
        return specs.stream().map(spec -> sheets.get(spec.path())).filter(java.util.Objects::nonNull).toList();
    }

    public Optional<CoverageSheet> coverage(SpecDocument spec) {
        return Optional.ofNullable(sheets.get(spec.path()));
    }

    /** True when some coverage spec's Coverage Map names the requirement (ranges expanded). */
    public boolean isMapped(String requirementId) {
        return mapped.contains(requirementId);
    }

    /** True when the criterion is marked untestable or listed in some coverage spec's Untestable Criteria table. */
    public boolean isUntestable(Criterion criterion, String id) {
        return criterion.untestable() || declaredUntestable.contains(id);
    }

    public boolean hasCoverage() {
        return !sheets.isEmpty();
    }

    /**
     * The target's testable criterion ids that no Coverage Map maps, worked out once per target: every coverage spec
     * that references it asks, and asking would otherwise cost the target's criteria each time.
     */
    public List<String> unmappedCriteria(SpecDocument target) {
        return unmapped.computeIfAbsent(target, spec -> spec.criteria().stream()
                .flatMap(c -> c.memberIds().stream().filter(id -> !isUntestable(c, id) && !isMapped(id)))
                .toList());
    }
}
