package io.github.speclint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.speclint.LintResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a team accepted is in the JSON and HTML reports too: suppressed findings with reasons, the baseline's state. */
class AcceptedReportsTest {

    @TempDir
    Path project;

    @Test
    void jsonCarriesSuppressedFindingsAndTheBaseline() throws IOException {
        LintResult result = AdoptedRun.of(project);

        JsonNode json = new ObjectMapper().valueToTree(new JsonReport().toJson(result));

        assertEquals(1, json.get("findings").size());
        assertEquals("frontmatter-status", json.get("findings").get(0).get("ruleId").asText());
        assertEquals(64, json.get("findings").get(0).get("fingerprint").asText().length());
        JsonNode suppressed = json.get("suppressed").get(0);
        assertEquals("criterion-id", suppressed.get("ruleId").asText());
        assertEquals("speclint-disable-next-line", suppressed.get("suppression").get("kind").asText());
        assertEquals(AdoptedRun.REASON, suppressed.get("suppression").get("justification").asText());
        assertEquals("2999-01-01", suppressed.get("suppression").get("until").asText());
        assertEquals(4, json.get("baseline").get("known").size());
        assertEquals("table-columns", json.get("baseline").get("absent").get(0).get("ruleId").asText());
        JsonNode statistics = json.get("statistics");
        assertEquals(List.of(1, 1, 4, 1), List.of(statistics.get("errors").asInt(), statistics.get("suppressed")
                .asInt(), statistics.get("baselineKnown").asInt(), statistics.get("baselineAbsent").asInt()));
    }

    @Test
    void theHtmlPageHasTablesForSuppressedFindingsAndTheBaseline() throws IOException {
        LintResult result = AdoptedRun.of(project);
        Path page = project.resolve("speclint.html");

        new HtmlReport().write(result, page);

        Document html = Jsoup.parse(page.toFile());
        Element suppressed = html.getElementById("suppressed");
        assertTrue(suppressed.text().contains(AdoptedRun.REASON), "the reason, escaped, as written");
        assertTrue(suppressed.select("b").isEmpty(), "markup in a reason stays text");
        assertTrue(suppressed.text().contains("speclint-disable-next-line on line 69, until 2999-01-01"));
        Element baseline = html.getElementById("baseline");
        assertEquals(5, baseline.select("tr").size() - 1, "four known, one no longer found");
        assertTrue(baseline.text().contains("no longer found"));
        assertEquals(Set.of("#specs", "#findings", "#suppressed", "#baseline", "#trace", "#graph"),
                Set.copyOf(html.select("nav a").eachAttr("href")));
        assertTrue(html.select(".cards").text().contains("1suppressed 4in baseline"), html.select(".cards").text());
    }
}
