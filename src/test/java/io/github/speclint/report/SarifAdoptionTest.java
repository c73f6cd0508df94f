package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.SpecTrees;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.BaselineFile;
import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SARIF of a run whose team changed severities: only the rules that ran, each override stated, still valid. */
class SarifAdoptionTest {

    private static final Path GAPS = Path.of("src/it/gaps-tree/docs");

    @Test
    void listsOnlyTheRulesThatRanAndStatesEachChangedSeverity() throws IOException {
        LintResult result = new Linter(RuleSeverities.of(Map.of("table-columns", "warning", "section-missing",
                "off"), "test", RuleSet.all())).lint(LintRequest.of(GAPS, GAPS));

        JsonNode sarif = new ObjectMapper().valueToTree(new SarifReport().toJson(result));

        assertEquals(Set.of(), SarifSchemaTest.schema().validate(sarif));
        JsonNode run = sarif.get("runs").get(0);
        List<String> rules = new ArrayList<>();
        run.get("tool").get("driver").get("rules").forEach(rule -> rules.add(rule.get("id").asText()));
        assertEquals(RuleSet.withoutTestReports().size() - 1, rules.size());
        assertFalse(rules.contains("section-missing"));
        JsonNode tableColumns = run.get("tool").get("driver").get("rules").get(rules.indexOf("table-columns"));
        assertEquals("error", tableColumns.get("defaultConfiguration").get("level").asText(), "the built-in level");
        JsonNode override = run.get("invocations").get(0).get("ruleConfigurationOverrides").get(0);
        assertEquals("table-columns", override.get("descriptor").get("id").asText());
        assertEquals(rules.indexOf("table-columns"), override.get("descriptor").get("index").asInt());
        assertEquals("warning", override.get("configuration").get("level").asText());
        for (JsonNode finding : run.get("results")) {
            if (finding.get("ruleId").asText().equals("table-columns")) {
                assertEquals("warning", finding.get("level").asText(), "the result carries the severity it ran at");
            }
            assertFalse(finding.get("ruleId").asText().equals("section-missing"));
        }
    }

    @Test
    void carriesSuppressionsAndBaselineStatesAndStaysValid(@TempDir Path project) throws IOException {
        LintResult result = AdoptedRun.of(project);

        JsonNode sarif = new ObjectMapper().valueToTree(new SarifReport().toJson(result));

        assertEquals(Set.of(), SarifSchemaTest.schema().validate(sarif));
        Map<String, String> states = new java.util.TreeMap<>();
        for (JsonNode node : sarif.get("runs").get(0).get("results")) {
            String state = node.has("suppressions") ? "suppressed: " + node.get("suppressions").get(0).get("kind")
                    .asText() + " " + node.get("suppressions").get(0).get("justification").asText()
                    : node.get("baselineState").asText();
            states.merge(node.get("ruleId").asText(), state, (a, b) -> a + "; " + b);
        }
        assertEquals(Map.of("criterion-duplicate-id", "unchanged", "criterion-id", "suppressed: inSource "
                + AdoptedRun.REASON, "frontmatter-status", "unchanged; new", "placeholder-left", "unchanged",
                "section-missing", "unchanged", "table-columns", "absent"), states);
        JsonNode suppression = sarif.get("runs").get(0).get("results").findParent("suppressions").get("suppressions")
                .get(0);
        assertEquals("2999-01-01", suppression.get("properties").get("until").asText());
        assertEquals(69, suppression.get("location").get("physicalLocation").get("region").get("startLine").asInt());
    }

}
