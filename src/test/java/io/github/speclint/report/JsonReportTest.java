package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {

    @TempDir
    Path dir;

    @Test
    void holdsTheFindingsTheFiguresAndTheSpecGraph() throws IOException {
        LintResult result = Reports.lint(Reports.EXAMPLES);
        Path file = dir.resolve("speclint.json");
        new JsonReport().write(result, file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals("speclint", json.get("tool").get("name").asText());
        JsonNode statistics = json.get("statistics");
        assertEquals(5, statistics.get("specs").asInt());
        assertEquals(1, statistics.get("specsPerLayer").get("COV").asInt());
        assertEquals(result.statistics().errors(), statistics.get("errors").asInt());
        assertEquals(result.statistics().graph().links(), statistics.get("links").asInt());
        assertEquals(44.4, statistics.get("coveragePercent").asDouble());

        assertEquals(result.findings().size(), json.get("findings").size());
        for (int i = 0; i < result.findings().size(); i++) {
            Finding finding = result.findings().get(i);
            JsonNode node = json.get("findings").get(i);
            assertEquals(finding.ruleId(), node.get("ruleId").asText());
            assertEquals(finding.severity().label(), node.get("severity").asText());
            assertEquals(finding.path(), node.get("path").asText());
            assertEquals(finding.line(), node.get("line").asInt());
            assertEquals(finding.column(), node.get("column").asInt());
            assertEquals(finding.message(), node.get("message").asText());
        }

        JsonNode stack = spec(json, "STK-GARDEN-WEB");
        assertEquals("STK", stack.get("layer").asText());
        assertEquals("draft", stack.get("status").asText());
        assertEquals(2, stack.get("criteria").get("total").asInt());
        assertEquals(1, stack.get("criteria").get("untestable").asInt());
        assertEquals(2, stack.get("findings").get("errors").asInt());
        JsonNode link = stack.get("links").get(0);
        assertEquals("FUN-PLOT-BOOKINGS", link.get("text").asText());
        assertEquals("docs/functional/plot-booking.md", link.get("target").asText());
        assertEquals("FUN-PLOT-BOOKING", link.get("targetId").asText());
        assertEquals("spec", link.get("kind").asText());
        assertTrue(link.get("reference").asBoolean());
    }

    private static JsonNode spec(JsonNode json, String id) {
        for (JsonNode spec : json.get("specs")) {
            if (id.equals(spec.get("id").asText())) {
                return spec;
            }
        }
        throw new AssertionError("no spec " + id);
    }

    @Test
    void listsTheDesignsAndEachSpecsDesignLinks() throws IOException {
        Path file = dir.resolve("speclint.json");
        new JsonReport().write(Reports.lint(Reports.DESIGNS), file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertEquals(1, json.get("statistics").get("designs").asInt());
        JsonNode design = json.get("designs").get(0);
        assertEquals("docs/designs/business/dsg-bus-login-use-case.md", design.get("path").asText());
        assertEquals("DSG-BUS-LOGIN-USE-CASE", design.get("id").asText());
        assertEquals("business", design.get("layer").asText());
        assertEquals("use-case", design.get("diagramType").asText());
        assertEquals("ok", design.get("image").get("state").asText());
        assertEquals(640, design.get("image").get("width").asInt());
        assertEquals("BUS-LOGOUT", design.get("specifications").get(1).get("specId").asText());
        assertEquals(2, design.get("linkedBy").size());
        assertEquals(0, design.get("findings").get("errors").asInt());
        JsonNode links = spec(json, "BUS-LOGIN").get("designLinks");
        assertEquals(2, links.size());
        assertEquals("design", links.get(0).get("kind").asText());
        assertEquals("image", links.get(1).get("kind").asText());
        assertEquals("DSG-BUS-LOGIN-USE-CASE", links.get(1).get("designId").asText());
        assertTrue(links.get(1).get("resolved").asBoolean());
    }
}
