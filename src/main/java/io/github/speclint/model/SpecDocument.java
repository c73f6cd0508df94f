package io.github.speclint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything the rules know about one spec file, read once. Nothing after parsing looks at the file's text again.
 *
 * @param path          the file relative to the project base, with forward slashes, as findings print it
 * @param folderLayer   the layer named by the nearest layer folder above the file, if any
 * @param idLayer       the layer the prefix of the front matter {@code id} names, if any
 * @param problem       set when the bytes are not a readable text file; the other parts are then empty
 * @param sections      the level-2 sections in order (and any deeper heading that comes before the first one)
 * @param criteria      the list items under "Acceptance Criteria" headings
 * @param justification where a {@code **Justification:**} (or a "Justification" heading) stands under References
 * @param testMappings  the "# COV-X-NNN: Maps to ..." comments in code blocks
 * @param lineCount     the number of lines in the file
 * @param suppressions  the speclint comments that silence rules in this file
 */
public record SpecDocument(String path, Optional<Layer> folderLayer, Optional<Layer> idLayer,
                           Optional<InputProblem> problem,
                           FrontMatter frontMatter, Optional<Title> title, List<Section> sections,
                           List<Criterion> criteria, List<Link> links, List<Placeholder> placeholders,
                           Optional<Footer> footer, Optional<SourcePosition> justification,
                           List<TestMapping> testMappings, int lineCount, Suppressions suppressions) {

    private static final String ID = "id";
    private static final String STATUS = "status";

    public SpecDocument {
        sections = List.copyOf(sections);
        criteria = List.copyOf(criteria);
        links = List.copyOf(links);
        placeholders = List.copyOf(placeholders);
        testMappings = List.copyOf(testMappings);
    }

    /**
     * What the spec graph, the cross-document rules, the suppressions and the reports read, kept from the per-file
     * phase until the reports are written: the front matter's id and status, the top-level headings without their
     * bodies, the criteria without their notes and headings, and no links or placeholders. The per-document rules
     * have judged the rest by then, and the links live on in the spec's facts. Every spec of a 10,000-spec tree is
     * held, packed and unpacked in this form.
     */
    public SpecDocument forGraph() {
        return new SpecDocument(path, folderLayer, idLayer, problem, frontMatter.only(Set.of(ID, STATUS)), title,
                sections.stream().map(Section::withoutBody).toList(),
                criteria.stream().map(Criterion::forGraph).toList(),
                List.of(), List.of(), footer, justification, testMappings, lineCount, suppressions);
    }

    /** A file whose bytes could not be read as text: only the problem is known. */
    public static SpecDocument unreadable(String path, Optional<Layer> folderLayer, InputProblem problem) {
        return unreadable(path, folderLayer, Optional.empty(), FrontMatter.missing(), problem);
    }

    /** A file whose body is too much to parse: its front matter still tells its id and layer. */
    public static SpecDocument unreadable(String path, Optional<Layer> folderLayer, Optional<Layer> idLayer,
                                          FrontMatter frontMatter, InputProblem problem) {
        return new SpecDocument(path, folderLayer, idLayer, Optional.of(problem), frontMatter, Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), 1,
                Suppressions.NONE);
    }

    public boolean readable() {
        return problem.isEmpty();
    }

    /** The front matter {@code id}, when it has one. */
    public Optional<String> id() {
        return frontMatter.value(ID);
    }

    public Optional<String> status() {
        return frontMatter.value(STATUS);
    }

    /**
     * The layer of the folder the spec sits in, as smaqit's own tools read it; outside layer folders, the layer the
     * id's prefix names.
     */
    public Optional<Layer> layer() {
        return folderLayer.isPresent() ? folderLayer : idLayer;
    }

    /** True when the spec belongs to this layer. */
    public boolean isIn(Layer other) {
        return layer().filter(other::equals).isPresent();
    }

    /** Every section at every depth, in document order. */
    public Stream<Section> allSections() {
        List<Section> all = new ArrayList<>();
        addWithDescendants(sections, all);
        return all.stream();
    }

    /** A plain walk: nested flatMap streams cost more than the rules that read the sections. */
    private static void addWithDescendants(List<Section> sections, List<Section> all) {
        for (Section section : sections) {
            all.add(section);
            addWithDescendants(section.children(), all);
        }
    }
}
