package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.model.Finding;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    @TempDir
    Path dir;

    @Test
    void writesSarif210WithTheRulesAndOneResultPerFinding() throws IOException {
        Path fixture = Path.of("src/test/resources/rules/table-columns/fail");
        LintResult result = new Linter().lint(LintRequest.of(fixture, fixture));

        List<Path> written = ReportWriter.write(Set.of(ReportFormat.CONSOLE, ReportFormat.SARIF), result, dir);

        assertEquals(List.of(dir.resolve("speclint.sarif")), written);
        JsonNode sarif = new ObjectMapper().readTree(written.get(0).toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertTrue(sarif.get("$schema").asText().endsWith("sarif-schema-2.1.0.json"));
        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("speclint", driver.get("name").asText());
        assertTrue(driver.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), driver.get("version").asText());
        assertEquals(RuleSet.withoutTestReports().size(), driver.get("rules").size());
        JsonNode firstRule = driver.get("rules").get(0);
        assertEquals(RuleSet.all().get(0).id(), firstRule.get("id").asText());
        assertEquals(RuleSet.all().get(0).summary(), firstRule.get("shortDescription").get("text").asText());
        assertEquals("error", firstRule.get("defaultConfiguration").get("level").asText());
        for (JsonNode rule : driver.get("rules")) {
            assertTrue(rule.get("fullDescription").get("text").asText().length() > 20, rule.toString());
            assertTrue(rule.get("help").get("markdown").asText().contains("Bad"), rule.toString());
        }
        assertEquals(fixture.toAbsolutePath().normalize().toUri().toString(),
                run.get("originalUriBaseIds").get("PROJECTROOT").get("uri").asText());

        JsonNode results = run.get("results");
        assertEquals(result.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            assertResultIs(result.findings().get(i), results.get(i), driver.get("rules"));
        }
    }

    @Test
    void fingerprintsSurviveLinesInsertedAboveTheFindings() throws IOException {
        Path before = dir.resolve("before/business");
        Path after = dir.resolve("after/business");
        Files.createDirectories(before);
        Files.createDirectories(after);
        String spec = Files.readString(Path.of("src/test/resources/rules/placeholder-left/fail/business/login.md"));
        Files.writeString(before.resolve("login.md"), spec);
        Files.writeString(after.resolve("login.md"), spec.replace("# UC1-LOGIN: Sign In\n",
                "# UC1-LOGIN: Sign In\n\nA paragraph added above everything.\n\nAnd another one.\n"));

        Map<String, String> fingerprintsBefore = fingerprints(dir.resolve("before"));
        Map<String, String> fingerprintsAfter = fingerprints(dir.resolve("after"));

        assertEquals(6, fingerprintsBefore.size(), "six placeholders, six distinct fingerprints");
        assertEquals(fingerprintsBefore.keySet(), fingerprintsAfter.keySet());
        List<Integer> linesBefore = lines(dir.resolve("before"));
        List<Integer> linesAfter = lines(dir.resolve("after"));
        assertEquals(linesBefore.size(), linesAfter.size());
        assertTrue(linesAfter.get(linesAfter.size() - 1) > linesBefore.get(linesBefore.size() - 1), "lines moved");
    }

    /** Fingerprint to message, for the findings of one tree. */
    private static Map<String, String> fingerprints(Path tree) throws IOException {
        JsonNode results = new SarifReport().toJson(new Linter().lint(LintRequest.of(tree, tree)))
                .get("runs").get(0).get("results");
        Map<String, String> byFingerprint = new java.util.HashMap<>();
        for (JsonNode result : results) {
            byFingerprint.put(result.get("partialFingerprints").get("speclint/v1").asText(),
                    result.get("message").get("text").asText());
        }
        return byFingerprint;
    }

    private static List<Integer> lines(Path tree) throws IOException {
        return new Linter().lint(LintRequest.of(tree, tree)).findings().stream().map(Finding::line).toList();
    }

    @Test
    void levelsAndUrisFollowSarif() {
        assertEquals("note", SarifReport.level(io.github.speclint.model.Severity.INFO));
        assertEquals("docs/my%20specs/caf%C3%A9.md", SarifReport.uri("docs/my specs/café.md"));
    }

    private static void assertResultIs(Finding finding, JsonNode node, JsonNode rules) {
        assertEquals(finding.ruleId(), node.get("ruleId").asText());
        assertEquals(finding.ruleId(), rules.get(node.get("ruleIndex").asInt()).get("id").asText());
        assertEquals(finding.severity() == io.github.speclint.model.Severity.ERROR ? "error" : "warning",
                node.get("level").asText());
        assertEquals(finding.message(), node.get("message").get("text").asText());
        JsonNode location = node.get("locations").get(0).get("physicalLocation");
        assertEquals(finding.path(), location.get("artifactLocation").get("uri").asText());
        assertEquals("PROJECTROOT", location.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(64, node.get("partialFingerprints").get("speclint/v1").asText().length());
        assertEquals(finding.line(), location.get("region").get("startLine").asInt());
        assertEquals(finding.column(), location.get("region").get("startColumn").asInt());
    }
}
