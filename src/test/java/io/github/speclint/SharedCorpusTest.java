package io.github.speclint;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Calibration against third-party specs kept beside the project in {@code ../shared} (not copied here): a real
 * spec tree, whose every finding is a judged gap or drift, and the smaqit templates, which are all placeholders.
 */
class SharedCorpusTest {

    private static final Path SHARED = Path.of("../shared");
    private static final Path CORPUS = SHARED.resolve("corpus/local-image-generator/specs");
    private static final Path TEMPLATES = SHARED.resolve("smaqit/templates");

    @Test
    void theRealTreeYieldsExactlyItsJudgedFindings() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus is not beside this checkout");

        LintResult result = new Linter().lint(LintRequest.of(CORPUS, CORPUS));

        assertEquals(List.of(
                "functional/configuration-management.md:15 reference-id-mismatch",
                "functional/configuration-management.md:34 section-missing",
                "functional/configuration-management.md:34 section-missing",
                "functional/configuration-management.md:34 section-missing",
                "functional/configuration-management.md:34 section-unknown",
                "functional/configuration-management.md:73 section-unknown",
                "functional/configuration-management.md:82 section-unknown",
                "functional/configuration-management.md:86 footer-missing",
                "stack/backend-api-stack.md:22 status-upstream-draft",
                "stack/backend-api-stack.md:23 status-upstream-draft",
                "stack/base-python-stack.md:18 status-upstream-draft",
                "stack/base-python-stack.md:19 status-upstream-draft",
                "stack/configuration-stack.md:48 section-missing",
                "stack/configuration-stack.md:61 section-unknown",
                "stack/frontend-stack.md:17 status-upstream-draft",
                "stack/frontend-stack.md:18 status-upstream-draft",
                "stack/integration-layer-stack.md:24 status-upstream-draft",
                "stack/integration-layer-stack.md:25 status-upstream-draft"),
                result.findings().stream().map(f -> f.path() + ":" + f.line() + " " + f.ruleId()).toList());
        assertEquals(17, result.statistics().specs());
        assertTrue(result.findings().stream().anyMatch(f -> f.message().equals("link text \"BUS-SINGLE-IMAGE\" is "
                + "neither the id of ../business/uc1-single-image-generation.md (BUS-SINGLE-IMG) nor one of its "
                + "criterion ids; did you mean BUS-SINGLE-IMG?")), "the real mistyped reference is reported");
    }

    @Test
    void everyTemplateIsFullOfPlaceholdersButStructurallyWhole() throws IOException {
        assumeTrue(Files.isDirectory(TEMPLATES), "../shared/smaqit/templates is not beside this checkout");

        for (String version : List.of("v0.6.2-beta", "v1.0.0")) {
            Path dir = TEMPLATES.resolve(version);
            LintResult result = new Linter().lint(LintRequest.of(dir, dir));
            assertEquals(5, result.statistics().specs(), "each template's id prefix names its layer");
            for (String layer : List.of("business", "functional", "stack", "infrastructure", "coverage")) {
                List<Finding> findings = result.findings().stream()
                        .filter(f -> f.path().equals(layer + ".template.md")).toList();
                assertTrue(findings.stream().filter(f -> f.ruleId().equals("placeholder-left")).count() > 10, layer);
                // the coverage template's example link [layer/file.md](../layer/file.md) leaves a lone template
                List<String> expected = layer.equals("coverage")
                        ? List.of("placeholder-left", "reference-outside-root", "title-template")
                        : List.of("placeholder-left", "title-template");
                assertEquals(expected, findings.stream()
                        .filter(f -> f.severity() == Severity.ERROR).map(Finding::ruleId).distinct().sorted()
                        .toList(), version + " " + layer);
            }
        }
    }
}
