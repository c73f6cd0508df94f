package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test outcomes in the JSON graph and the HTML traceability matrix, and nothing of them without test reports. */
class TestOutcomeReportsTest {

    private static final Path TREE = Path.of("src/test/resources/rules/criterion-checked-not-passed/fail");

    @TempDir
    Path dir;

    @Test
    void theJsonGraphCarriesEachTestCaseWithItsOutcome() throws IOException {
        JsonNode json = json(lint(List.of(TREE.resolve("test-reports"))));

        JsonNode tests = json.get("tests");
        assertEquals(1, tests.get("reports").asInt());
        assertEquals(3, tests.get("tests").asInt());
        assertEquals(1, tests.get("testCases").get("passed").asInt());
        assertEquals(2, tests.get("testCases").get("failed").asInt());
        assertEquals(1, tests.get("testCases").get("notRun").asInt());

        JsonNode coverage = spec(json, "COV-GARDEN");
        JsonNode first = coverage.get("testCases").get(0);
        assertEquals("COV-GARDEN-001", first.get("id").asText());
        assertEquals(19, first.get("line").asInt());
        assertEquals("BUS-GARDEN-001", first.get("requirements").get(0).asText());
        assertEquals("failed", first.get("outcome").asText());
        assertEquals(1, first.get("failed").asInt());
        assertEquals("PlotTest.cov_garden_001_freePlotIsOffered", first.get("failingTests").get(0).asText());
        assertEquals("not-run", coverage.get("testCases").get(3).get("outcome").asText());
        assertNull(spec(json, "BUS-GARDEN").get("testCases"), "only coverage specs have test cases");
    }

    @Test
    void theHtmlMatrixShowsEachTestCasesOutcomeAndATestsTableListsThem() throws IOException {
        Document html = html(lint(List.of(TREE.resolve("test-reports"))));

        Element second = html.select("#trace tr:has(td)").stream()
                .filter(row -> row.child(0).text().startsWith("BUS-GARDEN-002")).findFirst().orElseThrow();
        assertEquals("COV-GARDEN-002 passed, COV-GARDEN-004 not run", second.child(4).text());
        assertEquals("sev-warning", second.child(4).className());
        Element first = html.select("#trace tr:has(td)").first();
        assertEquals("COV-GARDEN-001 failed", first.child(4).text());
        assertEquals("sev-error", first.child(4).className());

        List<String> testRows = html.select("#tests tr:has(td)").eachText();
        assertEquals(4, testRows.size());
        assertEquals("COV-GARDEN-001 coverage/garden-tests.md:19 BUS-GARDEN-001 failed 0 1 0 "
                + "PlotTest.cov_garden_001_freePlotIsOffered", testRows.get(0));
    }

    @Test
    void withoutReportsNothingChanges() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("no-reports"));
        LintResult without = lint(List.of());
        LintResult emptyFolder = lint(List.of(empty));

        assertTrue(without.tests().isEmpty());
        assertTrue(emptyFolder.tests().isEmpty());
        assertEquals(without.findings(), emptyFolder.findings());
        assertTrue(without.findings().stream().noneMatch(f -> f.ruleId().startsWith("coverage-test")
                || f.ruleId().equals("criterion-checked-not-passed")));
        JsonNode json = json(without);
        assertFalse(json.has("tests"));
        assertFalse(spec(json, "COV-GARDEN").has("testCases"));
        Document html = html(without);
        assertTrue(html.select("#tests").isEmpty());
        assertEquals("COV-GARDEN-001", html.select("#trace tr:has(td)").first().child(4).text());
    }

    private static LintResult lint(List<Path> reports) throws IOException {
        return new Linter().lint(LintRequest.of(TREE, TREE).withTestReports(reports));
    }

    private JsonNode json(LintResult result) throws IOException {
        Path file = dir.resolve("speclint-" + System.nanoTime() + ".json");
        new JsonReport().write(result, file);
        return new ObjectMapper().readTree(file.toFile());
    }

    private Document html(LintResult result) throws IOException {
        Path file = dir.resolve("speclint-" + System.nanoTime() + ".html");
        new HtmlReport().write(result, file);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static JsonNode spec(JsonNode json, String id) {
        for (JsonNode spec : json.get("specs")) {
            if (id.equals(spec.path("id").asText())) {
                return spec;
            }
        }
        throw new AssertionError("no spec " + id);
    }
}
