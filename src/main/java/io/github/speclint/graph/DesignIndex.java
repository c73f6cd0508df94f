package io.github.speclint.graph;

import io.github.speclint.discover.DisplayPath;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignImage;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.schema.DesignKind;
import io.github.speclint.schema.DesignSchema;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the design rules look things up in, built once after the specs' index in linear passes: designs by path,
 * image and id; each spec's Design References links resolved to designs; each design's {@code specifications}
 * resolved to specs; and which specs link which designs. Rules then only look up.
 */
public final class DesignIndex {

    private final DesignSchema schema;
    private final SpecIndex specs;
    private final List<DesignDocument> designs;
    private final String designFolder;
    private final Path base;
    private final Path projectRoot;
    private final PathScope project;
    private final Map<String, DesignDocument> byPath = new HashMap<>();
    private final Map<String, DesignDocument> byImage = new HashMap<>();
    private final Map<String, List<DesignDocument>> byId = new HashMap<>();
    private final Map<String, SpecDocument> specsByPath = new HashMap<>();
    private final Map<String, DesignReferences> references = new HashMap<>();
    private final Map<String, List<ResolvedDesignLink>> links = new HashMap<>();
    private final Map<String, List<SpecDocument>> linkedBy = new HashMap<>();
    private final Set<String> linkedPairs = new HashSet<>();
    private final Map<String, List<DesignSpecification>> specifications = new HashMap<>();
    private final Map<String, Set<String>> typesById = new HashMap<>();
    private final Map<String, Set<String>> criteriaBySpec = new ConcurrentHashMap<>();

    private DesignIndex(DesignSchema schema, SpecIndex specs, List<DesignDocument> designs, Path designFolder,
                        Path base, Path projectRoot) {
        this.schema = schema;
        this.specs = specs;
        this.designs = List.copyOf(designs);
        this.base = base.toAbsolutePath().normalize();
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.designFolder = DisplayPath.of(this.base, designFolder);
        this.project = new PathScope(this.base, this.projectRoot);
    }

    /**
     * @param facts        what the per-document phase worked out for each spec, its Design References included
     * @param designFolder where the designs were looked for
     */
    public static DesignIndex build(DesignSchema schema, SpecIndex specs, List<SpecFacts> facts,
                                    List<DesignDocument> designs, Path designFolder, Path base, Path projectRoot) {
        DesignIndex index = new DesignIndex(schema, specs, designs, designFolder, base, projectRoot);
        for (DesignDocument design : index.designs) {
            index.byPath.put(design.path(), design);
            design.image().map(DesignImage::path).ifPresent(image -> index.byImage.put(image, design));
            design.id().ifPresent(id -> {
                index.byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(design);
                design.frontMatter().value("diagram_type").ifPresent(type -> index.typesById
                        .computeIfAbsent(id, k -> new HashSet<>(2)).add(type));
            });
        }
        for (SpecDocument spec : specs.specs()) {
            index.specsByPath.put(spec.path(), spec);
        }
        for (SpecFacts fact : facts) {
            index.references.put(fact.spec().path(), fact.designs());
            List<ResolvedDesignLink> resolved = new ArrayList<>(fact.designs().links().size());
            for (DesignLink link : fact.designs().links()) {
                ResolvedDesignLink found = index.resolve(link);
                resolved.add(found);
                found.design().ifPresent(design -> index.linked(fact.spec(), design, link.image()));
            }
            index.links.put(fact.spec().path(), resolved);
        }
        for (DesignDocument design : index.designs) {
            index.specifications.put(design.path(), index.specificationsOf(design));
        }
        return index;
    }

    private void linked(SpecDocument spec, DesignDocument design, boolean image) {
        if (linkedPairs.add(pair(spec, design, image)) && !image) {
            linkedBy.computeIfAbsent(design.path(), k -> new ArrayList<>(1)).add(spec);
        }
    }

    private static String pair(SpecDocument spec, DesignDocument design, boolean image) {
        return spec.path() + '\n' + design.path() + (image ? "\nimage" : "");
    }

    private ResolvedDesignLink resolve(DesignLink link) {
        if (link.absolute()) {
            return unresolved(link, "is an absolute path; design links are relative to the spec's folder");
        }
        if (!link.insideProject()) {
            return unresolved(link, "leads to " + link.targetPath() + ", outside the project");
        }
        DesignDocument design = (link.image() ? byImage : byPath).get(link.targetPath());
        if (design != null) {
            return new ResolvedDesignLink(link, Optional.of(design), design.symlink()
                    ? "leads to " + link.targetPath() + ", a symbolic link, which smaqit does not follow" : "");
        }
        Optional<String> symlink = symlinkOnTheWay(link.targetPath());
        if (symlink.isPresent()) {
            return unresolved(link, "leads through the symbolic link " + symlink.get()
                    + ", which smaqit does not follow");
        }
        if (!exists(link.targetPath())) {
            return unresolved(link, "leads to " + link.targetPath() + ", which does not exist");
        }
        if (link.image()) {
            return unresolved(link, "leads to " + link.targetPath() + ", which is no design's image (no design "
                    + "Markdown of the same name beside it in " + designFolder + ")");
        }
        return unresolved(link, "leads to " + link.targetPath() + ", which is not a design in " + designFolder);
    }

    private static ResolvedDesignLink unresolved(DesignLink link, String problem) {
        return new ResolvedDesignLink(link, Optional.empty(), problem);
    }

    private List<DesignSpecification> specificationsOf(DesignDocument design) {
        Optional<FrontMatterEntry> list = design.frontMatter().entry("specifications")
                .filter(e -> e.kind() == FrontMatterEntry.Kind.LIST);
        if (list.isEmpty()) {
            return List.of();
        }
        List<DesignSpecification> resolved = new ArrayList<>();
        for (FrontMatterEntry item : list.get().children()) {
            if (!item.isScalar()) {
                continue;
            }
            String written = LinkPaths.strip(item.value());
            if (written.startsWith("/") || written.contains(":")) {
                resolved.add(new DesignSpecification(item, written, Optional.empty(), "is not a path relative to "
                        + "the design's folder"));
                continue;
            }
            String target = LinkPaths.resolveSibling(design.path(), LinkPaths.decode(written));
            SpecDocument spec = specsByPath.get(target);
            String problem = spec != null ? "" : !project.contains(target) ? "leads to " + target
                    + ", outside the project" : symlinkOnTheWay(target).map(link -> "leads through the symbolic "
                    + "link " + link + ", which smaqit does not follow").orElse(exists(target) ? "leads to "
                    + target + ", which is not a spec speclint checked (is it outside the spec directory?)"
                    : "leads to " + target + ", which does not exist");
            resolved.add(new DesignSpecification(item, target, Optional.ofNullable(spec), problem));
        }
        return resolved;
    }

    /** A file's path may hold anything, a NUL byte included: what is no valid path is no file. */
    private boolean exists(String path) {
        try {
            return Files.isRegularFile(base.resolve(path), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }

    /** The first symbolic link between the project root and the path, as findings print paths. */
    private Optional<String> symlinkOnTheWay(String path) {
        Path target;
        try {
            target = base.resolve(path).normalize();
        } catch (InvalidPathException notAPath) {
            return Optional.empty();
        }
        if (!target.startsWith(projectRoot)) {
            return Optional.empty();
        }
        Path dir = projectRoot;
        for (Path part : projectRoot.relativize(target)) {
            dir = dir.resolve(part);
            if (Files.isSymbolicLink(dir)) {
                return Optional.of(DisplayPath.of(base, dir));
            }
        }
        return Optional.empty();
    }

    /** An index without designs, for results built without a design phase. */
    public static DesignIndex empty(SpecIndex specs) {
        return build(DesignSchema.builtIn(), specs, List.of(), List.of(), Path.of(""), Path.of(""), Path.of(""));
    }

    public DesignSchema schema() {
        return schema;
    }

    /** The specs' index, for criteria and statuses. */
    public SpecIndex specs() {
        return specs;
    }

    public List<DesignDocument> designs() {
        return designs;
    }

    /** The design folder as findings print paths. */
    public String designFolder() {
        return designFolder;
    }

    /** The kind the design's {@code layer} names. */
    public Optional<DesignKind> kind(DesignDocument design) {
        return design.layer().flatMap(schema::kind);
    }

    /** Every design with this id: more than one is a finding. */
    public List<DesignDocument> withId(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** True when some design with this id has this diagram type. */
    public boolean hasDesign(String id, String diagramType) {
        return typesById.getOrDefault(id, Set.of()).contains(diagramType);
    }

    /**
     * True when the spec defines this criterion (ranges expanded). Each spec's ids are gathered once, on first
     * asking, so that a rule asks per requirement without walking the spec again.
     */
    public boolean defines(SpecDocument spec, String criterionId) {
        return criteriaBySpec.computeIfAbsent(spec.path(), path -> {
            Set<String> ids = new HashSet<>();
            spec.criteria().forEach(criterion -> ids.addAll(criterion.memberIds()));
            return ids;
        }).contains(criterionId);
    }

    /** The spec's Design References section and its design links as written. */
    public DesignReferences references(SpecDocument spec) {
        return references.getOrDefault(spec.path(), DesignReferences.NONE);
    }

    /** The spec's design links, looked up among the designs. */
    public List<ResolvedDesignLink> links(SpecDocument spec) {
        return links(spec.path());
    }

    /** The design links of the spec at this path. */
    public List<ResolvedDesignLink> links(String specPath) {
        return links.getOrDefault(specPath, List.of());
    }

    /** The specs whose Design References link the design's Markdown, in spec order. */
    public List<SpecDocument> linkedBy(DesignDocument design) {
        return linkedBy.getOrDefault(design.path(), List.of());
    }

    /** True when the spec's Design References link the design's Markdown (or, with {@code image}, its image). */
    public boolean links(SpecDocument spec, DesignDocument design, boolean image) {
        return linkedPairs.contains(pair(spec, design, image));
    }

    /** The design's {@code specifications}, resolved. */
    public List<DesignSpecification> specifications(DesignDocument design) {
        return specifications.getOrDefault(design.path(), List.of());
    }

    /** The specs the design's {@code specifications} lead to. */
    public List<SpecDocument> linkedSpecs(DesignDocument design) {
        return specifications(design).stream().flatMap(s -> s.spec().stream()).distinct().toList();
    }
}
