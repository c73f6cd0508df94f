package io.github.speclint;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.report.ConsoleFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Specs that includes/excludes leave out stay in the spec graph: links into them resolve, their ids and criteria are
 * known, and nothing is reported on them. Narrowing a run never adds a finding the full run does not have.
 */
class ExcludedSpecsTest {

    private static final List<String> LAYERS = List.of("business", "functional", "stack", "infrastructure",
            "coverage");
    private static final Path CORPUS = Path.of("../shared/corpus/local-image-generator/specs");

    @TempDir
    Path project;

    static Stream<Arguments> treesAndLayerPairs() {
        List<Arguments> cases = new ArrayList<>();
        for (String tree : List.of("examples/docs", "src/it/gaps-tree/docs", "src/it/clean-tree/docs")) {
            for (int i = 0; i < LAYERS.size(); i++) {
                for (int j = i + 1; j < LAYERS.size(); j++) {
                    cases.add(Arguments.of(tree, LAYERS.get(i), LAYERS.get(j)));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @MethodSource("treesAndLayerPairs")
    void includesNarrowedToTwoLayersGiveNoFindingTheFullRunDoesNot(String tree, String first, String second)
            throws IOException {
        Path dir = Path.of(tree);
        assertNarrowedRunIsPartOfTheFullOne(dir, first, second);
    }

    @Test
    void onTheRealTreeNarrowingToBusinessAndStackAddsNothing() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not beside this checkout");

        LintResult narrowed = assertNarrowedRunIsPartOfTheFullOne(CORPUS, "business", "stack");

        assertEquals(11, narrowed.statistics().specs());
        assertEquals(6, narrowed.statistics().excluded());
        assertFalse(narrowed.findings().stream().anyMatch(f -> f.ruleId().equals("reference-id-mismatch")),
                "links into the functional specs resolve");
    }

    @Test
    void aLinkIntoALeftOutSpecResolvesToItAndItIsReadOnce() throws IOException {
        Path docs = project.resolve("docs");
        SpecTrees.copy(Path.of("src/it/clean-tree/docs"), docs);

        LintResult result = new Linter().lint(LintRequest.of(docs, project)
                .withPatterns(List.of("stack/**"), List.of()));

        assertEquals(List.of(), result.findings());
        assertEquals(1, result.statistics().specs());
        assertEquals(6, result.statistics().excluded());
        assertEquals(7, result.statistics().filesRead(), "each file read once");
        assertEquals(7, result.statistics().markdownParsed(), "each spec parsed once");
        SpecDocument stack = result.specs().get(0);
        List<ResolvedLink> links = result.index().links(stack);
        assertFalse(links.isEmpty());
        assertTrue(links.stream().allMatch(link -> link.kind() == ResolvedLink.Kind.SPEC), links.toString());
        assertEquals(result.index().links(stack).size(), result.statistics().graph().links(),
                "the figures count the linted specs only");
        assertTrue(ConsoleFormat.summary(result.statistics()).contains(", 6 specs left out by includes/excludes "
                + "(read for links only), "), ConsoleFormat.summary(result.statistics()));
    }

    @Test
    void aLeftOutFileThatIsNoSpecIsNotCountedAsSkipped() throws IOException {
        Path docs = project.resolve("docs");
        SpecTrees.copy(Path.of("src/it/clean-tree/docs"), docs);
        Files.writeString(docs.resolve("notes.md"), "# Notes\n");

        LintResult result = new Linter().lint(LintRequest.of(docs, project)
                .withPatterns(List.of("business/**"), List.of()));

        assertEquals(0, result.statistics().skipped());
        assertEquals(2, result.statistics().specs());
    }

    private static LintResult assertNarrowedRunIsPartOfTheFullOne(Path dir, String first, String second)
            throws IOException {
        LintResult full = new Linter().lint(LintRequest.of(dir, dir));
        LintResult narrowed = new Linter().lint(LintRequest.of(dir, dir)
                .withPatterns(List.of(first + "/**", second + "/**"), List.of()));

        Set<String> fullLines = new HashSet<>(full.findings().stream().map(ConsoleFormat::line).toList());
        List<String> added = narrowed.findings().stream().map(ConsoleFormat::line)
                .filter(line -> !fullLines.contains(line)).toList();
        assertEquals(List.of(), added);
        assertTrue(narrowed.findings().stream().allMatch(f -> f.path().startsWith(first + "/")
                || f.path().startsWith(second + "/")), "nothing is reported on the specs left out");
        assertEquals(full.findings().stream().filter(f -> f.path().startsWith(first + "/")
                        || f.path().startsWith(second + "/")).map(ConsoleFormat::line).toList(),
                narrowed.findings().stream().map(ConsoleFormat::line).toList(),
                "the linted specs get exactly the findings of the full run");
        return narrowed;
    }
}
