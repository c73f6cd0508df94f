package io.github.speclint;

import io.github.speclint.discover.SpecRoot;
import io.github.speclint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several spec roots, one per module, linted as one spec tree. */
class MultiModuleLintTest {

    @TempDir
    Path project;

    /** The clean tree split over two modules, links between them rewritten to cross the module folders. */
    private List<SpecRoot> splitCleanTree() throws IOException {
        Path tree = LinterTest.CLEAN_TREE;
        for (String layer : List.of("business", "functional")) {
            LinterTest.copyTree(tree.resolve(layer), project.resolve("catalog/docs").resolve(layer));
        }
        for (String layer : List.of("stack", "infrastructure", "coverage")) {
            LinterTest.copyTree(tree.resolve(layer), project.resolve("hosting/docs").resolve(layer));
        }
        try (var files = Files.walk(project.resolve("hosting/docs"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(file, Files.readString(file)
                        .replace("](../business/", "](../../../catalog/docs/business/")
                        .replace("](../functional/", "](../../../catalog/docs/functional/"));
            }
        }
        return List.of(new SpecRoot("catalog", project.resolve("catalog/docs")),
                new SpecRoot("hosting", project.resolve("hosting/docs")));
    }

    @Test
    void linksBetweenModulesResolveInOneIndex() throws IOException {
        LintResult result = new Linter().lint(LintRequest.of(splitCleanTree(), project));

        assertEquals(List.of(), result.findings());
        assertEquals(7, result.statistics().specs());
        assertEquals(13, result.statistics().graph().links());
    }

    @Test
    void eachModuleAloneSeesItsLinksLeaveTheTree() throws IOException {
        splitCleanTree();

        LintResult hosting = new Linter().lint(LintRequest.of(project.resolve("hosting/docs"), project));

        assertTrue(hosting.findings().stream().anyMatch(f -> f.ruleId().equals("reference-outside-root")),
                hosting.findings().toString());
    }

    @Test
    void anIdRepeatedAcrossModulesIsOneFindingNamingBothModules() throws IOException {
        List<SpecRoot> roots = splitCleanTree();
        String reservation = Files.readString(project.resolve("catalog/docs/functional/reservation.md"));
        Path copy = project.resolve("hosting/docs/functional/reservation.md");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, reservation.replace("](../business/", "](../../../catalog/docs/business/"));

        List<Finding> findings = new Linter().lint(LintRequest.of(roots, project)).findings();

        List<Finding> repeated = findings.stream().filter(f -> f.ruleId().equals("spec-duplicate-id")).toList();
        assertEquals(1, repeated.size(), findings.toString());
        Finding finding = repeated.get(0);
        assertEquals("catalog/docs/functional/reservation.md", finding.path());
        assertEquals("catalog", finding.module());
        assertEquals("spec id \"FUN-RESERVATION\" is also the id of hosting/docs/functional/reservation.md:2 (module "
                + "hosting); spec ids are unique", finding.message());
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("criterion-shared-id")), findings.toString());
    }

    @Test
    void everyFindingNamesItsModuleAndPathsAreRelativeToTheBase() throws IOException {
        List<SpecRoot> roots = splitCleanTree();
        Path stack = project.resolve("hosting/docs/stack/web-stack.md");
        Files.writeString(stack, Files.readString(stack).replace("reservation.md)", "reservations.md)"));

        List<Finding> findings = new Linter().lint(LintRequest.of(roots, project)).findings();

        assertEquals(1, findings.size(), findings.toString());
        assertEquals("hosting", findings.get(0).module());
        assertEquals("hosting/docs/stack/web-stack.md", findings.get(0).path());
        assertEquals("reference-broken-link", findings.get(0).ruleId());
    }

    @Test
    void aRootInsideAnotherIsWalkedOnceForItsOwnModule() throws IOException {
        List<SpecRoot> modules = splitCleanTree();
        List<SpecRoot> roots = List.of(new SpecRoot("shop", project), modules.get(0), modules.get(1));

        LintResult result = new Linter().lint(LintRequest.of(roots, project));

        assertEquals(7, result.statistics().specs());
        assertEquals(List.of(), result.findings());
        assertTrue(result.specs().stream().allMatch(spec -> !result.index().module(spec).equals("shop")));
    }

    @Test
    void prunedFoldersAreNotEntered() throws IOException {
        LinterTest.copyTree(LinterTest.CLEAN_TREE, project.resolve("specs"));
        LinterTest.copyTree(LinterTest.CLEAN_TREE.resolve("business"), project.resolve("out/business"));
        LinterTest.copyTree(LinterTest.CLEAN_TREE.resolve("business"), project.resolve("reports/business"));

        LintResult result = new Linter().lint(LintRequest.of(project, project)
                .withPruned(Set.of(project.resolve("out"), project.resolve("reports"))));

        assertEquals(7, result.statistics().specs());
        assertEquals(List.of(), result.findings());
    }
}
