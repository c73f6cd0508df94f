package io.github.speclint;

import io.github.speclint.cache.ResultCache;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.schema.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Guards optimisation: the engine's complete output (every finding with its subject, and the summary figures) on
 * every tree the project holds (the IT trees, the rule fixtures, the Mojo test projects and the examples) equals
 * the stored expectation in {@code src/test/resources/baseline/findings.txt}; on the real corpus in {@code ../shared}
 * (when present) it equals a stored SHA-256, so that no third-party text is copied here. A change that alters
 * findings on purpose rewrites the expectation with {@code -Dspeclint.baseline.update=true} and shows the diff in the
 * commit.
 */
class FindingsBaselineTest {

    private static final Path EXPECTED = Path.of("src/test/resources/baseline/findings.txt");
    private static final Path CORPUS_EXPECTED = Path.of("src/test/resources/baseline/corpus.sha256");
    private static final Path CORPUS = Path.of("../shared/corpus/local-image-generator/specs");
    private static final String TREE = "== ";
    private static final boolean UPDATE = Boolean.getBoolean("speclint.baseline.update");

    @Test
    void everyProjectTreeYieldsTheStoredFindings() throws IOException {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (Path tree : trees()) {
            actual.put(tree.toString().replace('\\', '/'), output(tree));
        }
        if (UPDATE) {
            List<String> lines = new ArrayList<>();
            actual.forEach((tree, output) -> {
                lines.add(TREE + tree);
                lines.addAll(output);
            });
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
        Map<String, List<String>> expected = stored();
        // a tree added since the baseline was stored is guarded by its own expected.txt until the next update
        expected.keySet().retainAll(actual.keySet());
        assertTrue(expected.values().stream().mapToInt(List::size).sum() > 500, "the baseline covers too little: "
                + expected.keySet());
        expected.forEach((tree, lines) -> assertEquals(String.join("\n", lines), String.join("\n",
                actual.get(tree)), "the findings on " + tree + " changed; if that is intended, rerun with "
                + "-Dspeclint.baseline.update=true and commit the diff of " + EXPECTED));
    }

    /**
     * The cache changes nothing: a run that fills it and a run that takes every file from it both give the stored
     * findings on every tree.
     */
    @Test
    void everyProjectTreeYieldsTheStoredFindingsThroughTheCache(@TempDir Path temp) throws IOException {
        Map<String, List<String>> expected = stored();
        int fromCache = 0;
        int treeNumber = 0;
        for (Path tree : trees()) {
            String name = tree.toString().replace('\\', '/');
            if (!expected.containsKey(name)) {
                continue;
            }
            Path output = temp.resolve("tree-" + treeNumber++);
            for (String run : List.of("filling the cache", "from the cache")) {
                LintRequest request = LintRequest.of(tree, tree);
                Linter linter = new Linter();
                ResultCache cache = ResultCache.open(output, linter.cacheKey(request),
                        SchemaCatalog.builtIn().layers());
                List<String> actual = output(linter.lint(request, cache));
                assertEquals(Optional.empty(), cache.save());
                assertEquals(String.join("\n", expected.get(name)), String.join("\n", actual),
                        "the findings on " + name + " " + run);
                if (run.equals("from the cache")) {
                    assertEquals(0, cache.misses(), "every file of " + name + " comes from the cache");
                    fromCache += cache.hits();
                }
            }
        }
        assertTrue(fromCache > 300, "files taken from the cache: " + fromCache);
    }

    private static Map<String, List<String>> stored() throws IOException {
        Map<String, List<String>> trees = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
            if (line.startsWith(TREE)) {
                current = new ArrayList<>();
                trees.put(line.substring(TREE.length()), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return trees;
    }

    @Test
    void theRealCorpusYieldsTheStoredFindings() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not beside this checkout");
        List<String> lines = output(CORPUS);
        String digest = sha256(String.join("\n", lines)) + " " + lines.size() + " lines\n";
        if (UPDATE) {
            Files.writeString(CORPUS_EXPECTED, digest, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(CORPUS_EXPECTED, StandardCharsets.UTF_8), digest);
    }

    /** The console line of every finding with its subject, then the summary without the run's time. */
    static List<String> output(Path tree) throws IOException {
        return output(new Linter().lint(LintRequest.of(tree, tree)));
    }

    private static List<String> output(LintResult result) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : result.findings()) {
            lines.add(ConsoleFormat.line(finding) + " {" + finding.subject() + "}");
        }
        lines.add(ConsoleFormat.headline(result.statistics()));
        return lines;
    }

    private static List<Path> trees() throws IOException {
        List<Path> trees = new ArrayList<>();
        try (Stream<Path> its = Files.list(Path.of("src/it"))) {
            its.map(it -> it.resolve("docs")).filter(Files::isDirectory).sorted().forEach(trees::add);
        }
        try (Stream<Path> projects = Files.list(Path.of("src/test/resources/unit"))) {
            projects.map(project -> project.resolve("docs")).filter(Files::isDirectory).sorted().forEach(trees::add);
        }
        trees.add(Path.of("examples/docs"));
        try (Stream<Path> rules = Files.list(Path.of("src/test/resources/rules"))) {
            rules.sorted().forEach(rule -> {
                trees.add(rule.resolve("fail"));
                trees.add(rule.resolve("pass"));
            });
        }
        return trees;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
