package io.github.speclint;

import io.github.speclint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A smaqit 2.x-3.x project: specs in specs/, designs in docs/designs/ of the folder that holds .smaqit/. */
class DesignTreeTest {

    /** Two business specs and the design pair they share, with correct sums. */
    private static final Path DESIGN_TREE = Path.of("src/test/resources/rules/design-backlink/pass");

    @TempDir
    Path project;

    @Test
    void designLinksLeaveTheSpecRootWithoutBeingReferenceFindings() throws IOException {
        LinterTest.copyTree(DESIGN_TREE, project);
        Files.createDirectories(project.resolve(".smaqit/templates"));
        Path module = Files.createDirectories(project.resolve("module"));

        LintResult result = new Linter().lint(LintRequest.of(project.resolve("specs"), module));

        assertEquals(List.of(), ruleIdsStartingWith(result, "design-", "reference-"));
        assertEquals(1, result.statistics().designs(), "found under the project root that holds .smaqit/");
        assertEquals("../docs/designs/business/dsg-bus-login-use-case.md", result.designDocuments().get(0).path());
        assertEquals(2, result.designs().linkedBy(result.designDocuments().get(0)).size());
    }

    @Test
    void withoutSmaqitTheDesignsAreThoseOfTheProjectBase() throws IOException {
        LinterTest.copyTree(DESIGN_TREE, project);

        LintResult result = new Linter().lint(LintRequest.of(project.resolve("specs"), project));

        assertEquals(List.of(), ruleIdsStartingWith(result, "design-", "reference-"));
        assertEquals(1, result.statistics().designs());
    }

    @Test
    void theDesignsParameterMovesTheDesignFolder() throws IOException {
        LinterTest.copyTree(DESIGN_TREE, project);
        Files.createDirectories(project.resolve("elsewhere"));

        LintResult result = new Linter().lint(LintRequest.of(project.resolve("specs"), project)
                .withDesigns(project.resolve("elsewhere")));

        assertEquals(0, result.statistics().designs());
        List<Finding> broken = result.findings().stream()
                .filter(f -> f.ruleId().equals("design-reference-broken")).toList();
        assertEquals(4, broken.size(), "both links of both specs");
        assertTrue(broken.get(0).message().endsWith("which is not a design in elsewhere"), broken.get(0).message());
    }

    private static List<String> ruleIdsStartingWith(LintResult result, String... prefixes) {
        return result.findings().stream().filter(f -> List.of(prefixes).stream().anyMatch(f.ruleId()::startsWith))
                .map(f -> f.ruleId() + " " + f.path() + ":" + f.position() + " " + f.message()).toList();
    }
}
