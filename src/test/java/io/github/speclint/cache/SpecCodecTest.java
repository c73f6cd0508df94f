package io.github.speclint.cache;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.schema.SchemaCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every spec of every fixture tree (each rule's failing and passing tree, the IT trees) comes back from the cache
 * equal, record for record, to the spec parsed afresh, with the same findings: the hand-written codec misses no
 * component.
 */
class SpecCodecTest {

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFixtureSpecRoundTripsThroughTheCache() throws IOException {
        List<Path> trees;
        try (Stream<Path> rules = Files.list(Path.of("src/test/resources/rules"))) {
            trees = Stream.concat(rules.sorted().flatMap(rule -> Stream.of(rule.resolve("fail"), rule.resolve("pass"))),
                    Stream.of("clean-tree", "gaps-tree", "nested-tree").map(it -> Path.of("src/it", it, "docs")))
                    .filter(Files::isDirectory).toList();
        }
        assertTrue(trees.size() > 150, "the fixtures are there: " + trees.size());
        return trees.stream().map(tree -> DynamicTest.dynamicTest(tree.toString(), () -> roundTrip(tree)));
    }

    private void roundTrip(Path tree) throws IOException {
        Path output = Files.createTempDirectory(temp, "out");
        LintRequest request = LintRequest.of(tree, tree);
        LintResult fresh = lint(request, output);
        ResultCache cache = open(request, output);
        LintResult cached = new Linter().lint(request, cache);

        assertEquals(cache.hits() + cache.misses(), cache.hits(), "every file comes from the cache");
        assertTrue(cache.hits() > 0, "a tree with files");
        assertEquals(fresh.specs(), cached.specs());
        assertEquals(fresh.findings(), cached.findings());
        assertEquals(fresh.index().coverageSheets(), cached.index().coverageSheets());
        for (int i = 0; i < fresh.specs().size(); i++) {
            assertEquals(fresh.index().links(fresh.specs().get(i)), cached.index().links(cached.specs().get(i)));
        }
    }

    private static LintResult lint(LintRequest request, Path output) throws IOException {
        ResultCache cache = open(request, output);
        LintResult result = new Linter().lint(request, cache);
        assertEquals(Optional.empty(), cache.save());
        return result;
    }

    private static ResultCache open(LintRequest request, Path output) {
        return ResultCache.open(output, new Linter().cacheKey(request), SchemaCatalog.builtIn().layers());
    }
}
