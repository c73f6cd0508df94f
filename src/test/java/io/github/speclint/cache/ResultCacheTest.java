package io.github.speclint.cache;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.model.Layers;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.SpecTrees;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.TemplateSchemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Results read back from the cache are the results of linting afresh; a changed file or setting is never missed. */
class ResultCacheTest {

    private static final Path CLEAN_TREE = Path.of("src/it/clean-tree/docs");

    @TempDir
    Path temp;
    private Path tree;
    private Path output;
    private LintRequest request;

    @BeforeEach
    void copyTheCleanTree() throws IOException {
        tree = copy(CLEAN_TREE);
        output = temp.resolve("out");
        request = LintRequest.of(tree, tree);
    }

    @Test
    void aChangedFileIsLintedAgainAndTheUnchangedOnesAreJudgedAgainstIt() throws IOException {
        assertEquals(List.of(), lines(lintWithCache(request, output)), "the clean tree starts without findings");

        // a gap in the changed file itself, and one the unchanged coverage spec now has: it maps a criterion that
        // no longer exists
        edit(tree.resolve("business/uc1-borrow-tool.md"), "status: implemented", "status: done");
        edit(tree.resolve("business/uc1-borrow-tool.md"), "BUS-BORROW-002:", "BUS-BORROW-012:");
        ResultCache cache = ResultCache.open(output, new Linter().cacheKey(request), layers());
        LintResult again = new Linter().lint(request, cache);
        cache.save();

        assertEquals(lines(new Linter().lint(request)), lines(again));
        assertTrue(lines(again).stream().anyMatch(line -> line.startsWith("business/uc1-borrow-tool.md")
                && line.contains("[frontmatter-status]")), lines(again).toString());
        assertTrue(lines(again).stream().anyMatch(line -> line.startsWith("coverage/loan-tests.md")
                && line.contains("BUS-BORROW-002")), "the unchanged coverage spec's map is checked again: "
                + lines(again));
        assertEquals(1, cache.misses(), "only the changed file is linted again");
        assertEquals(6, cache.hits());
    }

    @Test
    void aCacheSavedFromReadBackAndNewEntriesIsReadWhole() throws IOException {
        lintWithCache(request, output);
        edit(tree.resolve("business/uc1-borrow-tool.md"), "BUS-BORROW-002:", "BUS-BORROW-012:");
        // six entries are written from where they lie in the file read back, one from this run's packing
        ResultCache mixed = open(request, output);
        LintResult changed = new Linter().lint(request, mixed);
        assertTrue(mixed.save().isEmpty());
        byte[] file = Files.readAllBytes(output.resolve("cache").resolve(ResultCache.FILE));

        ResultCache third = open(request, output);
        LintResult again = new Linter().lint(request, third);

        assertEquals(7, third.hits(), "every entry of the streamed file is read back");
        assertEquals(0, third.misses());
        assertTrue(third.crossDocumentReused());
        assertEquals(lines(changed), lines(again));
        assertTrue(third.save().isEmpty());
        assertArrayEquals(file, Files.readAllBytes(output.resolve("cache").resolve(ResultCache.FILE)),
                "nothing changed: the file stays as it was");
    }

    @Test
    void anotherConfigurationOrVersionDoesNotReadTheCache() throws IOException {
        lintWithCache(request, output);

        String key = new Linter().cacheKey(request);
        assertEquals(key, new Linter().cacheKey(request), "the key is stable");
        assertNotEquals(key, new Linter().cacheKey(request.withProfile("1.0")), "another profile");
        assertNotEquals(key, new Linter().cacheKey(request.withPatterns(List.of("**/*.md"), List.of("stack/**"))));
        assertNotEquals(key, new Linter(RuleSeverities.of(Map.of("footer-missing", "off"), "test", RuleSet.all()))
                .cacheKey(request), "other rule severities");
        String configuration = key.substring(key.indexOf("; configuration"));
        assertNotEquals(key, CacheKey.of("9.9.9", "x").replaceFirst("; configuration.*", configuration),
                "another speclint version");

        ResultCache foreign = ResultCache.open(output, key.replace("speclint ", "speclint 9.9.9-"), layers());
        new Linter().lint(request, foreign);
        assertEquals(0, foreign.hits(), "a cache written under another key is not read");
        ResultCache same = ResultCache.open(output, key, layers());
        new Linter().lint(request, same);
        assertEquals(7, same.hits());
    }

    @Test
    void anotherTemplateTextDoesNotReadTheCacheAndItsNewSectionIsMissed() throws IOException {
        Path project = temp.resolve("project");
        SpecTrees.copy(Path.of("src/it/project-templates"), project);
        Path specs = project.resolve("specs");
        Path templates = project.resolve(".smaqit/templates/specs");
        LintRequest templated = LintRequest.of(specs, project);
        SchemaCatalog oldTemplates = TemplateSchemas.load(templates, "t");
        Linter before = new Linter(oldTemplates);
        ResultCache first = ResultCache.open(output, before.cacheKey(templated), oldTemplates.layers());
        List<String> fresh = lines(before.lint(templated, first));
        assertEquals(Optional.empty(), first.save());

        edit(templates.resolve("business.template.md"), "## Acceptance Criteria",
                "## Risks\n\n[What could go wrong]\n\n## Acceptance Criteria");
        SchemaCatalog newTemplates = TemplateSchemas.load(templates, "t");
        Linter after = new Linter(newTemplates);
        assertNotEquals(before.cacheKey(templated), after.cacheKey(templated), "the template's text is in the key");
        ResultCache second = ResultCache.open(output, after.cacheKey(templated), newTemplates.layers());
        List<String> again = lines(after.lint(templated, second));

        assertEquals(0, second.hits(), "nothing is read from the cache of the old template");
        assertEquals(lines(after.lint(templated)), again);
        assertTrue(again.stream().anyMatch(line -> line.startsWith("specs/business/uc1-borrow.md")
                && line.contains("## Risks") && line.contains("[section-missing]")), again.toString());
        assertFalse(fresh.stream().anyMatch(line -> line.contains("## Risks")), fresh.toString());
    }

    @Test
    void everySettingThatChangesFindingsChangesTheKey() {
        String key = new Linter().cacheKey(request);
        assertNotEquals(key, new Linter().cacheKey(request.withMaxFileBytes(1000)), "maxFileSize");
        assertNotEquals(key, new Linter().cacheKey(request.withDesigns(temp)), "designs");
        assertNotEquals(key, new Linter().cacheKey(LintRequest.of(tree, tree.getParent())),
                "another base: the paths findings carry change");
        assertNotEquals(key, new Linter().cacheKey(request.withPruned(java.util.Set.of(temp))), "pruned folders");
        assertNotEquals(key, new Linter(RuleSeverities.of(Map.of("section-order", "error"), "test", RuleSet.all()))
                .cacheKey(request), "a rule's severity");
        assertEquals(key, new Linter().cacheKey(request.withTestReports(List.of(temp))),
                "test reports feed only the cross-document rules, which always run");
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        try {
            Locale.setDefault(Locale.Category.FORMAT,
                    locale.equals(Locale.GERMANY) ? Locale.US : Locale.GERMANY);
            assertNotEquals(key, new Linter().cacheKey(request), "the locale: messages write 50,000 or 50.000");
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, locale);
        }
    }

    @Test
    void aTruncatedOrDamagedCacheIsIgnored() throws IOException {
        List<String> fresh = lines(lintWithCache(request, output));
        Path file = output.resolve("cache").resolve(ResultCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Map<String, byte[]> spoilt = new java.util.LinkedHashMap<>();
        for (int length : new int[] {0, 1, 16, bytes.length / 2, bytes.length - 1}) {
            spoilt.put("cut at " + length, java.util.Arrays.copyOf(bytes, length));
        }
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x5A;
        spoilt.put("a byte changed", flipped);
        for (Map.Entry<String, byte[]> cache : spoilt.entrySet()) {
            Files.write(file, cache.getValue());

            ResultCache read = ResultCache.open(output, new Linter().cacheKey(request), layers());
            assertEquals(fresh, lines(new Linter().lint(request, read)), cache.getKey());
            assertEquals(0, read.hits(), cache.getKey());
        }
    }

    @Test
    void aCacheFileThatIsASymlinkIsNotRead() throws IOException {
        Path real = temp.resolve("real");
        lintWithCache(request, real);
        Files.createDirectories(output.resolve("cache"));
        Files.createSymbolicLink(output.resolve("cache").resolve(ResultCache.FILE),
                real.resolve("cache").resolve(ResultCache.FILE));

        ResultCache linked = ResultCache.open(output, new Linter().cacheKey(request), layers());
        new Linter().lint(request, linked);
        assertEquals(0, linked.hits(), "a valid cache behind a symlink is not followed");

        Path folderLink = Files.createDirectories(temp.resolve("out2"));
        Files.createSymbolicLink(folderLink.resolve("cache"), real.resolve("cache"));
        ResultCache throughFolder = ResultCache.open(folderLink, new Linter().cacheKey(request), layers());
        new Linter().lint(request, throughFolder);
        assertEquals(0, throughFolder.hits(), "nor one in a symlinked cache folder");
    }

    @Test
    void keptSaysWhetherAnEarlierRunOfTheKeyLeftACacheAsOpenWouldReadIt() throws IOException {
        String key = new Linter().cacheKey(request);
        assertEquals(key, Linter.cacheKey(request, SchemaCatalog.BUILT_IN_SOURCE, RuleSeverities.DEFAULTS),
                "the key is known without building a linter or reading the schemas");
        assertFalse(ResultCache.kept(output, key), "no run yet");
        Files.createDirectories(output.resolve("cache"));
        assertFalse(ResultCache.kept(output, key), "an empty cache folder");

        lintWithCache(request, output);
        assertTrue(ResultCache.kept(output, key));
        assertFalse(ResultCache.kept(output, new Linter(RuleSeverities.of(Map.of("footer-missing", "off"), "test",
                RuleSet.all())).cacheKey(request)), "a cache of another configuration");

        Path linked = Files.createDirectories(temp.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("cache"), output.resolve("cache"));
        assertFalse(ResultCache.kept(linked, key), "a symlinked cache folder is no cache");

        Path results = output.resolve("cache/results.bin");
        byte[] whole = Files.readAllBytes(results);
        Files.write(results, Arrays.copyOf(whole, 20));
        assertFalse(ResultCache.kept(output, key), "a file cut before its key");
    }

    @Test
    void theCacheIsNeverWrittenThroughASymlink() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        Path folderLinked = Files.createDirectories(temp.resolve("out-folder-link"));
        Files.createSymbolicLink(folderLinked.resolve("cache"), elsewhere);
        ResultCache throughFolder = ResultCache.open(folderLinked, new Linter().cacheKey(request), layers());
        new Linter().lint(request, throughFolder);
        assertTrue(throughFolder.save().isPresent(), "a symlinked cache folder is refused");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertEquals(0, files.count(), "nothing written where the symlink leads");
        }

        Path output2 = Files.createDirectories(temp.resolve("out-file-link").resolve("cache")).getParent();
        Path victim = Files.writeString(elsewhere.resolve("victim.md"), "keep me", StandardCharsets.UTF_8);
        Files.createSymbolicLink(output2.resolve("cache").resolve(ResultCache.FILE), victim);
        ResultCache throughFile = ResultCache.open(output2, new Linter().cacheKey(request), layers());
        new Linter().lint(request, throughFile);
        assertEquals(Optional.empty(), throughFile.save());
        assertEquals("keep me", Files.readString(victim), "the symlink's target is untouched");
        assertFalse(Files.isSymbolicLink(output2.resolve("cache").resolve(ResultCache.FILE)),
                "the symlink is replaced by the cache file");
    }

    @Test
    void anEntryRoundTripsThroughTheCodec() throws IOException {
        LintResult fresh = lintWithCache(request, output);
        byte[] before = Files.readAllBytes(output.resolve("cache").resolve(ResultCache.FILE));
        lintWithCache(request, output);

        assertArrayEquals(before, Files.readAllBytes(output.resolve("cache").resolve(ResultCache.FILE)),
                "an unchanged tree leaves the cache file as it is");
        assertEquals(7, fresh.statistics().markdownParsed());
    }

    @Test
    void anUnchangedTreeTakesItsCrossDocumentFindingsFromTheCache() throws IOException {
        edit(tree.resolve("business/uc1-borrow-tool.md"), "BUS-BORROW-002:", "BUS-BORROW-012:");
        ResultCache first = open(request, output);
        LintResult filled = new Linter().lint(request, first);
        first.save();
        ResultCache second = open(request, output);
        LintResult again = new Linter().lint(request, second);

        assertFalse(first.crossDocumentReused());
        assertTrue(second.crossDocumentReused(), "no file changed: the cross-document findings are the cached ones");
        assertEquals(lines(filled), lines(again));
        assertEquals(lines(new Linter().lint(request)), lines(again));
        assertTrue(lines(again).stream().anyMatch(line -> line.startsWith("coverage/loan-tests.md")
                && line.contains("BUS-BORROW-002")), "a cross-document finding is among them: " + lines(again));
    }

    @Test
    void aLinkedTargetThatAppearsAsAFolderIsJudgedAgainThoughNoSpecChanged() throws IOException {
        edit(tree.resolve("functional/reservation.md"), "- [BUS-BORROW](../business/uc1-borrow-tool.md)",
                "- [BUS-BORROW](../business/uc1-borrow-tool.md)\n- [Plan](../plan.md) — the plan");
        String missing = lines(lintWithCache(request, output)).stream()
                .filter(line -> line.contains("[reference-broken-link]")).findFirst().orElseThrow();
        Files.createDirectory(tree.resolve("plan.md"));

        ResultCache cache = open(request, output);
        LintResult again = new Linter().lint(request, cache);

        assertFalse(cache.crossDocumentReused(), "a link leads elsewhere now");
        assertEquals(lines(new Linter().lint(request)), lines(again));
        assertFalse(lines(again).contains(missing), "the link's finding was: " + missing);
        assertTrue(lines(again).stream().anyMatch(line -> line.contains("[reference-broken-link]")
                && line.contains("folder")), lines(again).toString());
    }

    @Test
    void aSpecThatGoesRunsTheCrossDocumentRulesAgain() throws IOException {
        lintWithCache(request, output);
        Files.delete(tree.resolve("business/uc2-return-tool.md"));

        ResultCache cache = open(request, output);
        LintResult again = new Linter().lint(request, cache);

        assertFalse(cache.crossDocumentReused(), "a spec is gone");
        assertEquals(lines(new Linter().lint(request)), lines(again));
        assertTrue(lines(again).stream().anyMatch(line -> line.contains("uc2-return-tool.md")),
                "links to the spec that went are broken now: " + lines(again));
    }

    private static ResultCache open(LintRequest request, Path output) {
        return ResultCache.open(output, new Linter().cacheKey(request), layers());
    }

    private static LintResult lintWithCache(LintRequest request, Path output) throws IOException {
        ResultCache cache = open(request, output);
        LintResult result = new Linter().lint(request, cache);
        assertEquals(Optional.empty(), cache.save());
        return result;
    }

    private static Layers layers() {
        return SchemaCatalog.builtIn().layers();
    }

    private static List<String> lines(LintResult result) {
        return result.findings().stream().map(f -> ConsoleFormat.line(f) + " {" + f.subject() + "}").toList();
    }

    private Path copy(Path from) throws IOException {
        Path to = temp.resolve("tree");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return to;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
