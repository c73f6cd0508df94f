package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
