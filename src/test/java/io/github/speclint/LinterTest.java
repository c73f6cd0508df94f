package io.github.speclint;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinterTest {

    static final Path CLEAN_TREE = Path.of("src/it/clean-tree/docs");

    @TempDir
    Path project;

    @Test
    void aCleanFiveLayerTreeHasNoFindings() throws IOException {
        LintResult result = new Linter().lint(LintRequest.of(CLEAN_TREE, CLEAN_TREE));

        assertEquals(List.of(), result.findings());
        assertEquals(Map.of(Layer.BUSINESS, 2, Layer.FUNCTIONAL, 2, Layer.STACK, 1, Layer.INFRASTRUCTURE, 1,
                Layer.COVERAGE, 1), result.statistics().specsPerLayer());
        assertEquals(7, result.specs().size());
    }

    @Test
    void aTreeOneFolderDeeperLintsTheSame() throws IOException {
        Path docs = project.resolve("docs");
        copyTree(CLEAN_TREE, docs.resolve("specs"));

        LintResult result = new Linter().lint(LintRequest.of(docs, project));

        assertEquals(List.of(), result.findings());
        assertEquals(7, result.statistics().specs());
        assertTrue(result.specs().stream().allMatch(spec -> spec.path().startsWith("docs/specs/")));
    }

    @Test
    void aSpecRootOutsideTheProjectBaseLintsTheSame() throws IOException {
        Path elsewhere = project.resolve("elsewhere/docs");
        copyTree(CLEAN_TREE, elsewhere);
        Path base = Files.createDirectories(project.resolve("runs-here"));

        LintResult result = new Linter().lint(LintRequest.of(elsewhere, base));

        assertEquals(List.of(), result.findings());
        assertEquals(13, result.statistics().graph().links());
        assertTrue(result.specs().stream().allMatch(spec -> spec.path().startsWith("../elsewhere/docs/")));
    }

    @Test
    void everyFileIsReadOnceAndOnlySpecsAreParsed() throws IOException {
        Path docs = project.resolve("docs");
        copyTree(CLEAN_TREE, docs);
        Files.writeString(docs.resolve("adr-001.md"), "# We chose Javalin\n\nBecause it is small.\n");
        Files.writeString(docs.resolve("business/README.md"), "# Business specs\n");

        LintStatistics statistics = new Linter().lint(LintRequest.of(docs, project)).statistics();

        assertEquals(8, statistics.filesRead());
        assertEquals(7, statistics.markdownParsed());
        assertEquals(1, statistics.skipped());
        assertEquals(7, statistics.specs());
    }

    @Test
    void badInputBecomesFindingsWithPositionsNeverExceptions() throws IOException {
        Path business = project.resolve("docs/business");
        Files.createDirectories(business);
        Files.write(business.resolve("empty.md"), new byte[0]);
        Files.write(business.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Files.write(business.resolve("latin1.md"), new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
        Files.writeString(business.resolve("unclosed.md"), "---\nid: BUS-X\nstatus: draft\n\n# UC1-X: X\n");
        Files.writeString(business.resolve("yaml.md"), "---\nid: BUS-X\nstatus: [draft\n---\n# UC1-X: X\n");
        Files.writeString(business.resolve("tag.md"), "---\nid: !!java.lang.Runtime BUS-X\n---\n# UC1-X: X\n");
        Files.writeString(business.resolve("huge.md"), "---\nid: BUS-HUGE\n---\n" + "x".repeat(3000));
        Files.writeString(business.resolve("broken-table.md"), "---\nid: BUS-T\n---\n# UC1-T: T\n\n## Actors\n\n"
                + "| Actor | Description | Goals |\n| a | b |\n\n| x | y\n|---|\n| 1 | 2 | 3 | 4 |\n");

        LintResult result = new Linter().lint(LintRequest.of(project.resolve("docs"), project)
                .withMaxFileBytes(2000));

        for (String file : List.of("empty", "image", "latin1", "unclosed", "yaml", "tag", "huge", "broken-table")) {
            List<Finding> errors = result.findings().stream()
                    .filter(f -> f.path().equals("docs/business/" + file + ".md"))
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            assertFalse(errors.isEmpty(), file + " has no error");
            assertTrue(errors.stream().noneMatch(f -> f.ruleId().equals(Linter.INTERNAL_ERROR)), errors.toString());
        }
    }

    @Test
    void aVeryLongHyphenatedIdIsAFindingNotAStackOverflow() throws IOException {
        write("docs/business/long.md", "---\nid: BUS-" + "A-".repeat(5000) + "B\nstatus: draft\ncreated: 2026-01-01\n"
                + "---\n\n# UC1-X: X\n\n## Acceptance Criteria\n\n- [ ] BUS-" + "A-".repeat(3000) + "002: x\n");

        LintResult result = new Linter().lint(LintRequest.of(project.resolve("docs"), project));

        assertTrue(result.findings().stream().noneMatch(f -> f.ruleId().equals(Linter.INTERNAL_ERROR)));
        assertTrue(result.findings().stream().anyMatch(f -> f.ruleId().equals("criterion-id")));
    }

    @Test
    void manyCopiesOfOneSpecGiveOneFindingPerIdNotOnePerCopyOrPair() throws IOException {
        String spec = Files.readString(CLEAN_TREE.resolve("business/uc1-borrow-tool.md"));
        for (int i = 0; i < 300; i++) {
            write("docs/business/copy-" + String.format("%03d", i) + ".md", spec);
        }

        List<Finding> findings = new Linter().lint(LintRequest.of(project.resolve("docs"), project)).findings();

        for (String rule : List.of("spec-duplicate-id", "usecase-number-duplicate")) {
            List<Finding> found = findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
            assertEquals(1, found.size(), rule);
            assertEquals("docs/business/copy-000.md", found.get(0).path());
            assertTrue(found.get(0).message().contains("docs/business/copy-001.md:"), found.get(0).message());
            assertTrue(found.get(0).message().contains(" and 296 other specs"), found.get(0).message());
        }
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("criterion-shared-id")),
                "criteria of a repeated spec id are the same finding");
    }

    @Test
    void designArtifactsInLayerFoldersAreNotSpecs() throws IOException {
        write("docs/designs/business/dsg-bus-checkout-flow.md", "---\nid: DSG-BUS-CHECKOUT-FLOW\nstatus: draft\n"
                + "---\n\n# Checkout flow\n");
        write("docs/archive/business/dsg-bus-old-flow.md", "---\nid: DSG-BUS-OLD-FLOW\nstatus: draft\n"
                + "---\n\n# Old flow\n");

        LintStatistics statistics = new Linter().lint(LintRequest.of(project.resolve("docs"), project)).statistics();

        assertEquals(0, statistics.specs());
        assertEquals(1, statistics.designs(), "docs/designs is the design folder, read as designs, not walked for specs");
        assertEquals(1, statistics.skipped(), "a design elsewhere in the spec tree is skipped by its DSG- id");
    }

    @Test
    void aRangeCriterionDefinesEachMemberForTheCoverageMap() throws IOException {
        Path docs = project.resolve("docs");
        copyTree(CLEAN_TREE, docs);
        Path business = docs.resolve("business/uc2-return-tool.md");
        Files.writeString(business, Files.readString(business).replace("- [ ] BUS-RETURN-002: A returned tool is "
                + "available to others within one minute of the loan closing\n- [ ] BUS-RETURN-003:",
                "- [ ] BUS-RETURN-002 through 003:"));

        List<Finding> findings = new Linter().lint(LintRequest.of(docs, project)).findings();

        assertEquals(List.of("criterion-range"), findings.stream().map(Finding::ruleId).toList(), findings.toString());
    }

    @Test
    void bomAndCrlfFilesGetExactlyTheFindingsOfTheirLfTwin() throws IOException {
        String spec = Files.readString(CLEAN_TREE.resolve("business/uc1-borrow-tool.md"))
                .replace("## Success Metrics", "## Success Metric").replace("| Member |", "|  |");
        write("lf/business/uc1.md", spec);
        write("crlf/business/uc1.md", spec.replace("\n", "\r\n"));
        write("bom/business/uc1.md", "\uFEFF" + spec);

        List<String> lf = findingsOf("lf");
        assertFalse(lf.isEmpty());
        assertEquals(lf, findingsOf("crlf"));
        assertEquals(lf, findingsOf("bom"));
    }

    @Test
    void findingsAreSortedByPathLineColumnAndRule() throws IOException {
        Path docs = project.resolve("docs");
        write("docs/business/b.md", "---\nid: BUS-B\n---\n");
        write("docs/business/a.md", "# no front matter\n");

        List<Finding> findings = new Linter().lint(LintRequest.of(docs, project)).findings();

        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        assertEquals(sorted, findings);
        assertEquals("docs/business/a.md", findings.get(0).path());
    }

    @Test
    void aFixedProfileOverridesTheFooter() throws IOException {
        LintResult result = new Linter().lint(LintRequest.of(CLEAN_TREE, CLEAN_TREE).withProfile("0.6"));

        assertTrue(result.findings().stream().allMatch(f -> f.ruleId().equals("frontmatter-missing-field")
                && f.message().contains("prompt_version")), result.findings().toString());
        assertEquals(6, result.findings().size(), "every spec but the one that has prompt_version");
    }

    @Test
    void anUnknownProfileIsAConfigurationError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new Linter().lint(LintRequest.of(CLEAN_TREE, CLEAN_TREE).withProfile("2.0")));

        assertTrue(error.getMessage().contains("0.6"), error.getMessage());
    }

    private List<String> findingsOf(String root) throws IOException {
        Path dir = project.resolve(root);
        return new Linter().lint(LintRequest.of(dir, dir)).findings().stream()
                .map(f -> f.ruleId() + "@" + f.position() + ":" + f.message()).toList();
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
