package io.github.speclint.adopt;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.SpecTrees;
import io.github.speclint.report.ConsoleFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A baseline in a run: the findings it lists are known and do not count, new ones count, entries no longer found are
 * absent; moving text and renaming a file keep findings matched.
 */
class BaselineRunTest {

    @TempDir
    Path project;
    private Path docs;
    private Path file;

    @BeforeEach
    void writeTheBaselineOfTheGapsTree() throws IOException {
        docs = project.resolve("docs");
        SpecTrees.copy(Path.of("src/it/gaps-tree/docs"), docs);
        file = project.resolve(BaselineFile.FILE_NAME);
        BaselineFile.write(BaselineFile.of(lint(Policy.defaults()).triage()), file);
    }

    @Test
    void theBaselineListsEveryFindingAndARunWithItCountsNone() throws IOException {
        Baseline baseline = BaselineFile.read(file);
        LintResult result = lint(Policy.defaults().withBaseline(baseline));

        assertEquals(6, baseline.entries().size());
        assertEquals(List.of(), result.findings());
        assertEquals(6, result.triage().known().size());
        assertEquals(List.of(), result.triage().absent());
        assertEquals(0, result.statistics().errors());
        assertTrue(ConsoleFormat.summary(result.statistics()).contains(", 0 errors, 0 warnings, 6 known from the "
                + "baseline in "), ConsoleFormat.summary(result.statistics()));
    }

    @Test
    void aNewGapCountsAndAFixedOneIsAbsent() throws IOException {
        replace("infrastructure/auth.md", "| Service | Type | CPU |\n|---------|------|-----|\n| mailer | Container | 0.5 |",
                "| Service | Type | CPU | Memory | Storage | Purpose |\n|---|---|---|---|---|---|\n"
                        + "| mailer | Container | 0.5 | 256 MiB | none | sends the confirmation mails |");
        replace("functional/subscription.md", "status: draft", "status: finished");

        LintResult result = lint(Policy.defaults().withBaseline(BaselineFile.read(file)));

        assertEquals(List.of("functional/subscription.md:3:9 frontmatter-status"), result.findings().stream()
                .map(f -> f.path() + ":" + f.position() + " " + f.ruleId()).toList());
        assertEquals(List.of("infrastructure/auth.md table-columns"), result.triage().absent().stream()
                .map(e -> e.path() + " " + e.ruleId()).toList());
        assertEquals(5, result.triage().known().size());
        assertEquals(1, result.statistics().absent());
    }

    @Test
    void movedTextAndARenamedFileStillMatch() throws IOException {
        replace("business/uc1-signup.md", "# UC1-SIGNUP", "<!-- a note that moves everything down -->\n\n"
                + "Four lines were added above the title.\n\n# UC1-SIGNUP");
        Files.move(docs.resolve("functional/subscription.md"), docs.resolve("functional/newsletter-subscription.md"));
        replace("infrastructure/auth.md", "(../functional/subscription.md)", "(../functional/newsletter-subscription.md)");

        LintResult result = lint(Policy.defaults().withBaseline(BaselineFile.read(file)));

        assertEquals(List.of(), result.findings());
        assertEquals(List.of(), result.triage().absent());
        assertTrue(result.triage().known().stream().anyMatch(f -> f.path().equals(
                "functional/newsletter-subscription.md") && f.ruleId().equals("criterion-id")));
        assertTrue(result.triage().known().stream().anyMatch(f -> f.path().equals("business/uc1-signup.md")
                && f.line() == 27 && f.ruleId().equals("placeholder-left")), "found four lines further down");
    }

    @Test
    void entriesOfSpecsLeftOutByIncludesAreNotAbsent() throws IOException {
        LintResult result = new Linter(Policy.defaults().withBaseline(BaselineFile.read(file)))
                .lint(LintRequest.of(docs, docs).withPatterns(List.of("business/**"), List.of()));

        assertEquals(List.of(), result.findings());
        assertEquals(3, result.triage().known().size());
        assertEquals(List.of(), result.triage().absent(), "the functional and infrastructure specs were not checked");
    }

    @Test
    void theEntriesStayPutWhenTheirLinesMove() throws IOException {
        List<Baseline.Entry> before = BaselineFile.read(file).entries();
        replace("business/uc1-signup.md", "# UC1-SIGNUP", "\n\n\n# UC1-SIGNUP");

        BaselineFile.write(BaselineFile.of(lint(Policy.defaults()).triage()), file);

        List<Baseline.Entry> after = BaselineFile.read(file).entries();
        assertEquals(before.stream().map(Baseline.Entry::fingerprint).toList(), after.stream()
                .map(Baseline.Entry::fingerprint).toList(), "same entries, same order");
        assertFalse(Files.readString(file).contains("\"line\""), "no line fields in the baseline");
        assertEquals(List.of("business/uc1-signup.md", "business/uc1-signup.md", "business/uc1-signup.md",
                "functional/subscription.md", "functional/subscription.md", "infrastructure/auth.md"),
                after.stream().map(Baseline.Entry::path).toList());
    }

    @Test
    void suppressedFindingsAndFindingsAboutSuppressionsAreNotWritten() throws IOException {
        replace("infrastructure/auth.md", "### Resources", "<!-- speclint-disable-next-line section-order -- none -->\n"
                + "### Resources");
        replace("infrastructure/auth.md", "| Service | Type | CPU |", "<!-- speclint-disable-next-line table-columns -- "
                + "sized by the platform team -->\n| Service | Type | CPU |");

        Baseline baseline = BaselineFile.of(lint(Policy.defaults()).triage());

        assertEquals(List.of("business/uc1-signup.md criterion-duplicate-id", "business/uc1-signup.md "
                + "frontmatter-status", "business/uc1-signup.md placeholder-left", "functional/subscription.md "
                + "criterion-id", "functional/subscription.md section-missing"), baseline.entries().stream()
                .map(e -> e.path() + " " + e.ruleId()).toList());
    }

    @Test
    void aFileThatIsNoBaselineIsAnErrorSayingWhy() throws IOException {
        Files.writeString(file, "{\"formatVersion\": 1, \"findings\": [{\"ruleId\": \"table-columns\"}]}");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file)).getMessage()
                .endsWith(" is not a speclint baseline: finding 1 has no 64-digit hex \"fingerprint\"; write it with "
                        + "speclint:baseline"));

        Files.writeString(file, "{ not json");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file)).getMessage()
                .contains("is not a speclint baseline: it is not valid JSON"));

        Files.writeString(file, "[]");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BaselineFile.read(file)).getMessage()
                .contains("it needs \"formatVersion\": 1 and a \"findings\" list"));
    }

    @Test
    void aSymbolicLinkIsNotWrittenThrough() throws IOException {
        Path elsewhere = Files.writeString(project.resolve("elsewhere.txt"), "keep me");
        Path link = project.resolve("linked-baseline.json");
        Files.createSymbolicLink(link, elsewhere);

        assertThrows(IOException.class, () -> BaselineFile.write(BaselineFile.read(file), link));
        assertEquals("keep me", Files.readString(elsewhere));
    }

    private LintResult lint(Policy policy) throws IOException {
        return new Linter(policy).lint(LintRequest.of(docs, docs));
    }

    private void replace(String path, String from, String to) throws IOException {
        Path spec = docs.resolve(path);
        String text = Files.readString(spec);
        assertTrue(text.contains(from), path + " lacks " + from);
        Files.writeString(spec, text.replace(from, to));
    }
}
