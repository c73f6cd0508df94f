package io.github.speclint;

import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.cache.LastRun;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.model.Severity;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.schema.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A findings-only run that meets the last run's inputs unchanged shows that run's outcome; any input that changed,
 * the world beyond the specs included, makes it lint again, and what it shows is what linting afresh shows.
 */
class UnchangedRunTest {

    private static final Path CLEAN_TREE = Path.of("src/it/clean-tree/docs");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    /** A run an hour from now: the files the test writes have been left alone long enough to be stamped. */
    private static final Clock LATER = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));

    @TempDir
    Path temp;

    private Path tree;
    private Path output;
    private LintRequest request;

    @Test
    void anUnchangedTreeShowsTheLastRunWithoutLintingAgain() throws IOException {
        prepare();
        edit("business/uc1-borrow-tool.md", "BUS-BORROW-002:", "BUS-BORROW-012:");
        LintResult first = keep(new Linter(Policy.defaults().on(DAY)));

        ResultCache cache = open();
        LintResult again = new Linter(Policy.defaults().on(DAY)).lintFindings(request, cache);

        assertTrue(cache.runReused());
        assertTrue(again.specs().isEmpty(), "no spec was read into a model");
        assertEquals(7, cache.hits());
        assertTrue(cache.save().isEmpty());
        assertEquals(lines(first), lines(again));
        assertFalse(lines(again).isEmpty(), "the tree has gaps to show");
        assertEquals(figures(first.statistics()), figures(again.statistics()));
        assertEquals(7, again.statistics().filesRead(), "files written this second are read, not taken by stamp");
        assertEquals(first.triage().counted(), again.triage().counted());
    }

    @Test
    void anUnchangedTreeLeftAloneIsTakenByItsStampsWithoutReadingAFile() throws IOException {
        prepare();
        edit("business/uc1-borrow-tool.md", "BUS-BORROW-002:", "BUS-BORROW-012:");
        LintResult first = keep(new Linter(Policy.defaults().on(DAY)), LATER);

        ResultCache cache = open(LATER);
        LintResult again = new Linter(Policy.defaults().on(DAY)).lintFindings(request, cache);

        assertTrue(cache.runReused());
        assertEquals(0, again.statistics().filesRead());
        assertEquals(lines(first), lines(again));
        assertFalse(lines(again).isEmpty(), "the tree has gaps to show");
    }

    @Test
    void aFileEditedAndGivenItsOldTimeBackIsReadAgain() throws Exception {
        prepare();
        Path file = tree.resolve("business/uc1-borrow-tool.md");
        FileTime modified = Files.getLastModifiedTime(file);
        keep(new Linter(Policy.defaults().on(DAY)), LATER);
        // the change time has the kernel's coarse clock: let it tick
        Thread.sleep(50);
        edit("business/uc1-borrow-tool.md", "BUS-BORROW-002:", "BUS-BORROW-012:");
        Files.setLastModifiedTime(file, modified);

        ResultCache cache = open(LATER);
        LintResult again = new Linter(Policy.defaults().on(DAY)).lintFindings(request, cache);

        assertFalse(cache.runReused(), "same size, same modification time, yet changed");
        assertTrue(lines(again).stream().anyMatch(line -> line.contains("BUS-BORROW-002")), lines(again).toString());
        assertEquals(lines(new Linter(Policy.defaults().on(DAY)).lint(request)), lines(again));
    }

    @Test
    void theLastOutcomeIsTakenBeforeAnySchemaIsRead() throws IOException {
        prepare();
        edit("business/uc1-borrow-tool.md", "BUS-BORROW-002:", "BUS-BORROW-012:");
        Policy policy = Policy.defaults().on(DAY);
        LintResult first = keep(new Linter(policy), LATER);

        LastOutcome.Reused reused = LastOutcome.of(request, policy, output, LATER).orElseThrow();

        assertEquals(7, reused.files());
        assertEquals(lines(first), lines(reused.result()));
        assertFalse(lines(reused.result()).isEmpty(), "the tree has gaps to show");
        assertEquals(figures(first.statistics()), figures(reused.result().statistics()));
        assertEquals(0, reused.result().statistics().filesRead());
        assertEquals(first.triage().counted(), reused.result().triage().counted());
    }

    @Test
    void theLastOutcomeGivesWayToALinterWhenAnInputChanged() throws Exception {
        Policy policy = keptForLater();
        assertTrue(LastOutcome.of(request, policy, output, LATER).isPresent());

        assertEquals(Optional.empty(), LastOutcome.of(request, policy, output, Clock.systemUTC()),
                "files written this second have no stamp");
        assertEquals(Optional.empty(), LastOutcome.of(request, policy.on(DAY.plusDays(1)), output, LATER),
                "suppressions may expire another day");
        Policy footerOff = new Policy(RuleSeverities.of(Map.of("footer-missing", "off"), "test", RuleSet.all()),
                Optional.empty(), DAY);
        assertEquals(Optional.empty(), LastOutcome.of(request, footerOff, output, LATER), "another key");
        Path reports = Files.createDirectories(temp.resolve("surefire-reports"));
        assertEquals(Optional.empty(), LastOutcome.of(request.withTestReports(List.of(reports)), policy, output,
                LATER), "test outcomes are no file of the tree");

        // the change time has the kernel's coarse clock: let it tick
        Thread.sleep(50);
        Path file = tree.resolve("business/uc1-borrow-tool.md");
        FileTime modified = Files.getLastModifiedTime(file);
        edit("business/uc1-borrow-tool.md", "BUS-BORROW-002:", "BUS-BORROW-012:");
        Files.setLastModifiedTime(file, modified);
        assertEquals(Optional.empty(), LastOutcome.of(request, policy, output, LATER), "same size and time, yet edited");
    }

    @Test
    void theLastOutcomeGivesWayWhenAFileOrDesignComesOrGoes() throws IOException {
        Policy policy = keptForLater();
        Path copy = Files.copy(tree.resolve("business/uc2-return-tool.md"), tree.resolve("business/uc3-copy.md"));
        assertEquals(Optional.empty(), LastOutcome.of(request, policy, output, LATER), "a file came");

        keep(new Linter(policy), LATER);
        Files.delete(copy);
        assertEquals(Optional.empty(), LastOutcome.of(request, policy, output, LATER), "a file went");

        keep(new Linter(policy), LATER);
        Path design = tree.resolve("docs/designs/business/dsg-borrow.md");
        Files.createDirectories(design.getParent());
        Files.writeString(design, "---\nid: DSG-BUS-BORROW\n---\n# Borrow\n");
        assertEquals(Optional.empty(), LastOutcome.of(request, policy, output, LATER), "a design artifact came");
    }

    @Test
    void aKeptDesignsFolderOutsideTheProjectEndsTheLook() throws IOException {
        Policy policy = keptForLater();
        String key = new Linter(policy).cacheKey(request);
        LastRun kept = ResultCache.lastRun(output, key).orElseThrow();
        keepRun(key, kept, temp.resolve("elsewhere").toString());
        assertEquals(Optional.empty(), LastOutcome.of(request, policy, output, LATER), "a forged cache");

        keepRun(key, kept, kept.designs());
        assertTrue(LastOutcome.of(request, policy, output, LATER).isPresent(), "the folder the run kept");
    }

    /** Keeps the run as if it had looked for design artifacts in {@code designs}. */
    private void keepRun(String key, LastRun run, String designs) {
        ResultCache cache = ResultCache.open(output, key, SchemaCatalog.builtIn().layers());
        cache.keepRun(new LastRun(run.inputs(), run.world(), run.counted(), run.known(), run.absent(),
                run.baselineUsed(), run.figures(), run.stamps(), run.layers(), designs));
        assertEquals(Optional.empty(), cache.save());
    }

    @Test
    void aDamagedRunFileEndsTheLook() throws IOException {
        Policy policy = keptForLater();
        Path run = output.resolve("cache/run.bin");
        byte[] bytes = Files.readAllBytes(run);
        bytes[bytes.length / 3] ^= 1;
        Files.write(run, bytes);

        assertEquals(Optional.empty(), LastOutcome.of(request, policy, output, LATER));
    }

    @Test
    void aChangedFileIsLintedAgainAndItsNewGapShown() throws IOException {
        prepare();
        keep(new Linter());
        edit("business/uc1-borrow-tool.md", "BUS-BORROW-002:", "BUS-BORROW-012:");

        ResultCache cache = open();
        LintResult again = new Linter().lintFindings(request, cache);

        assertFalse(cache.runReused());
        assertEquals(lines(new Linter().lint(request)), lines(again));
        assertTrue(lines(again).stream().anyMatch(line -> line.contains("BUS-BORROW-002")), lines(again).toString());
        assertEquals(1, cache.misses(), "only the changed file is read into a spec");
        assertEquals(7, again.statistics().filesRead(), "the changed file, read twice, counts once");
    }

    @Test
    void aFileThatComesOrGoesIsNoUnchangedRun() throws IOException {
        prepare();
        keep(new Linter());
        Files.copy(tree.resolve("business/uc2-return-tool.md"), tree.resolve("business/uc3-copy.md"));
        assertLintedAgain(new Linter());

        keep(new Linter());
        Files.delete(tree.resolve("business/uc3-copy.md"));
        Files.delete(tree.resolve("business/uc2-return-tool.md"));
        assertLintedAgain(new Linter());
    }

    @Test
    void aLinkedFileThatAppearsIsLookedUpAgain() throws IOException {
        prepare();
        edit("functional/reservation.md", "- [BUS-BORROW](../business/uc1-borrow-tool.md)",
                "- [BUS-BORROW](../business/uc1-borrow-tool.md)\n- [Plan](../plan.txt) — the plan");
        String missing = "plan.txt, which does not exist";
        assertTrue(lines(keep(new Linter())).stream().anyMatch(line -> line.contains(missing)));
        Files.writeString(tree.resolve("plan.txt"), "the plan\n");

        LintResult again = assertLintedAgain(new Linter());
        assertFalse(lines(again).stream().anyMatch(line -> line.contains(missing)), lines(again).toString());
        assertTrue(lines(again).stream().anyMatch(line -> line.contains("plan.txt, which is not a spec")));
    }

    @Test
    void anotherDayOrBaselineIsNoUnchangedRun() throws IOException {
        prepare();
        keep(new Linter(Policy.defaults().on(DAY)));
        assertLintedAgain(new Linter(Policy.defaults().on(DAY.plusDays(1))));

        keep(new Linter(Policy.defaults().on(DAY)));
        Baseline accepted = new Baseline(List.of(new Baseline.Entry("0123abcd", "section-missing", Severity.ERROR,
                "business/uc1-borrow-tool.md", "## Scope", "section \"## Scope\" is missing")));
        LintResult again = assertLintedAgain(new Linter(Policy.defaults().on(DAY).withBaseline(accepted)));
        assertEquals(1, again.triage().absent().size(), "the entry no finding matches");
    }

    @Test
    void aDesignArtifactThatAppearsIsChecked() throws IOException {
        prepare();
        keep(new Linter());
        Path design = tree.resolve("docs/designs/business/dsg-borrow.md");
        Files.createDirectories(design.getParent());
        Files.writeString(design, "---\nid: DSG-BUS-BORROW\n---\n# Borrow\n");

        assertLintedAgain(new Linter());
    }

    @Test
    void aRunWithTestReportsIsNeverTakenWhole() throws IOException {
        prepare();
        Path reports = Files.createDirectories(temp.resolve("surefire-reports"));
        request = request.withTestReports(List.of(reports));
        keep(new Linter());

        ResultCache cache = open();
        new Linter().lintFindings(request, cache);

        assertFalse(cache.runReused(), "test outcomes are no file of the tree");
    }

    @Test
    void aRunThatWritesReportsLintsAndADamagedRunFileCostsAFullRun() throws IOException {
        prepare();
        LintResult first = keep(new Linter());

        ResultCache forReports = open();
        LintResult withSpecs = new Linter().lint(request, forReports);
        assertFalse(forReports.runReused());
        assertEquals(7, withSpecs.specs().size());

        Path run = output.resolve("cache/run.bin");
        byte[] bytes = Files.readAllBytes(run);
        bytes[bytes.length / 2] ^= 1;
        Files.write(run, bytes);
        ResultCache damaged = open();
        LintResult again = new Linter().lintFindings(request, damaged);
        assertFalse(damaged.runReused());
        assertEquals(lines(first), lines(again));
    }

    /**
     * Races a writer that swaps a changed file between a readable and a too-large version while a console run reads
     * it twice (its hash, then its spec): whatever the run saw, the next run shows what linting afresh shows. Kept
     * keyed by the first read's hash, the second read's "too large" used to be shown again and again.
     */
    @Test
    void aFileThatChangesBetweenTheTwoReadsIsNeverKeptForTheFirst() throws Exception {
        prepare();
        request = request.withMaxFileBytes(64 * 1024);
        Linter linter = new Linter(Policy.defaults().on(DAY));
        Path file = tree.resolve("business/uc2-return-tool.md");
        String edited = Files.readString(file, StandardCharsets.UTF_8) + "\n<!-- edited -->\n";
        Path small = Files.writeString(temp.resolve("small.md"), edited);
        Path large = Files.writeString(temp.resolve("large.md"), edited + "x".repeat(100_000));
        keep(linter);
        Path cacheFolder = output.resolve("cache");
        byte[] results = Files.readAllBytes(cacheFolder.resolve("results.bin"));
        byte[] run = Files.readAllBytes(cacheFolder.resolve("run.bin"));
        Files.copy(small, file, StandardCopyOption.REPLACE_EXISTING);
        List<String> fresh = lines(linter.lint(request));

        for (int attempt = 0; attempt < 150; attempt++) {
            Files.write(cacheFolder.resolve("results.bin"), results);
            Files.write(cacheFolder.resolve("run.bin"), run);
            AtomicBoolean stop = new AtomicBoolean();
            Thread writer = new Thread(() -> swap(stop, List.of(large, small), file));
            writer.start();
            ResultCache during = open();
            linter.lintFindings(request, during);
            during.save();
            stop.set(true);
            writer.join();
            Files.copy(small, file, StandardCopyOption.REPLACE_EXISTING);

            ResultCache next = open();
            assertEquals(fresh, lines(linter.lintFindings(request, next)), "attempt " + attempt + ", taken whole: "
                    + next.runReused());
        }
    }

    /** Moves each version in turn over the target until told to stop. */
    private void swap(AtomicBoolean stop, List<Path> versions, Path target) {
        Path next = temp.resolve("next.md");
        for (int turn = 0; !stop.get(); turn++) {
            try {
                Files.copy(versions.get(turn % versions.size()), next, StandardCopyOption.REPLACE_EXISTING);
                Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private LintResult assertLintedAgain(Linter linter) throws IOException {
        ResultCache cache = open();
        LintResult again = linter.lintFindings(request, cache);
        assertFalse(cache.runReused(), "an input changed");
        assertFalse(again.specs().isEmpty());
        assertEquals(lines(linter.lint(request)), lines(again));
        return again;
    }

    private void prepare() throws IOException {
        tree = temp.resolve("tree");
        try (Stream<Path> files = Files.walk(CLEAN_TREE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = tree.resolve(CLEAN_TREE.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        output = temp.resolve("out");
        request = LintRequest.of(tree, tree);
    }

    /** The tree, linted and kept by a run an hour from now: its files are stamped. */
    private Policy keptForLater() throws IOException {
        prepare();
        Policy policy = Policy.defaults().on(DAY);
        keep(new Linter(policy), LATER);
        return policy;
    }

    /** A run that writes reports, kept in the cache. */
    private LintResult keep(Linter linter) throws IOException {
        return keep(linter, Clock.systemUTC());
    }

    /** A run that writes reports, kept in the cache, as run at {@code clock}'s now. */
    private LintResult keep(Linter linter, Clock clock) throws IOException {
        ResultCache cache = open(clock);
        LintResult result = linter.lint(request, cache);
        assertEquals(Optional.empty(), cache.save());
        return result;
    }

    private ResultCache open() {
        return open(Clock.systemUTC());
    }

    private ResultCache open(Clock clock) {
        return ResultCache.open(output, new Linter().cacheKey(request), SchemaCatalog.builtIn().layers(), clock);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = tree.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static List<String> lines(LintResult result) {
        return result.findings().stream().map(f -> ConsoleFormat.line(f) + " {" + f.subject() + "}").toList();
    }

    /** The figures a run shows, its timing and how much it read and parsed aside. */
    private static String figures(LintStatistics statistics) {
        return statistics.withAccepted(statistics.suppressed(), statistics.known(), statistics.absent()).toString()
                .replaceAll("filesRead=\\d+, markdownParsed=\\d+", "")
                .replaceAll("engineMillis=\\d+, graphMillis=\\d+", "");
    }
}
