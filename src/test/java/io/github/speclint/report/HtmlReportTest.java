package io.github.speclint.report;

import io.github.speclint.LintResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTML report, parsed the way a browser would (jsoup), against the run it was written from. */
class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void isSelfContainedWithoutScripts() throws Exception {
        Document html = write(Reports.lint(Reports.EXAMPLES));

        assertEquals("speclint report", html.title());
        assertTrue(html.select("script").isEmpty());
        assertTrue(html.select("[src]").isEmpty(), "no images or frames from elsewhere");
        assertTrue(html.select("link[rel=stylesheet]").isEmpty());
        for (Element link : html.select("a[href]")) {
            assertTrue(link.attr("href").startsWith("#"), link.outerHtml());
        }
        assertTrue(html.selectFirst("style").data().contains(".card"));
    }

    @Test
    void showsTotalsSpecsAndFindingsOfTheRun() throws Exception {
        LintResult result = Reports.lint(Reports.EXAMPLES);
        Document html = write(result);

        assertEquals(String.valueOf(result.statistics().errors()), card(html, "errors"));
        assertEquals(String.valueOf(result.statistics().specs()), card(html, "specs"));
        assertEquals("44%", card(html, "mapped to tests"));

        Elements specRows = html.select("#specs tr:has(td)");
        assertEquals(result.specs().size(), specRows.size());
        Element stack = specRows.stream().filter(row -> row.text().contains("STK-GARDEN-WEB")).findFirst()
                .orElseThrow();
        assertEquals("STK", stack.child(0).text());
        assertEquals("docs/stack/garden-web-stack.md", stack.child(2).text());
        assertEquals("2", stack.child(7).text(), "errors of that spec");

        Elements findingRows = html.select("#findings tr:has(td)");
        assertEquals(result.findings().size(), findingRows.size());
        assertEquals(result.findings().get(0).path() + ":" + result.findings().get(0).line() + ":"
                + result.findings().get(0).column(), findingRows.get(0).child(0).text());
        assertEquals(result.findings().get(0).message(), findingRows.get(0).child(3).text());
    }

    @Test
    void tracesEachBusinessCriterionDownTheLayersToItsTestCases() throws Exception {
        Document html = write(Reports.lint(Reports.CLEAN));

        Elements rows = html.select("#trace tr:has(td)");
        assertEquals(7, rows.size(), "BUS-BORROW has 4 criteria, BUS-RETURN 3");
        Element borrow = rows.stream().filter(row -> row.child(0).text().startsWith("BUS-BORROW-002"))
                .findFirst().orElseThrow();
        assertEquals("FUN-RESERVATION", borrow.child(1).text());
        assertEquals("STK-WEB", borrow.child(2).text());
        assertEquals("INF-HOSTING", borrow.child(3).text());
        assertEquals("COV-LOANS-002", borrow.child(4).text(), "no design column: the tree has no designs");
        Element untestable = rows.stream().filter(row -> row.child(0).text().startsWith("BUS-BORROW-004"))
                .findFirst().orElseThrow();
        assertEquals("none", untestable.child(4).text());
    }

    @Test
    void showsTheDesignsOfEachTraceAndADesignColumnInTheGraph() throws Exception {
        LintResult result = Reports.lint(Reports.DESIGNS);
        Document html = write(result);

        Elements rows = html.select("#trace tr:has(td)");
        assertEquals("Designs", html.select("#trace th").get(4).text());
        assertEquals(3, rows.size(), "BUS-LOGIN has 2 criteria, BUS-LOGOUT 1");
        for (Element row : rows) {
            assertEquals("DSG-BUS-LOGIN-USE-CASE", row.child(4).text(), row.text());
        }
        Element svg = html.selectFirst("#graph svg");
        assertEquals("DSG · designs", svg.select("text.column").last().text());
        assertEquals(1, svg.select("g.node.dsg").size());
        assertTrue(svg.selectFirst("g.node.dsg title").text().startsWith("DSG-BUS-LOGIN-USE-CASE — "
                + "docs/designs/business/dsg-bus-login-use-case.md"));
        assertEquals(2, svg.select("path.design-edge").size(), "one from each spec that links the design");
    }

    @Test
    void drawsTheSpecGraphInFiveColumnsWithBrokenLinksInRed() throws Exception {
        LintResult result = Reports.lint(Reports.EXAMPLES);
        Document html = write(result);

        Element svg = html.selectFirst("#graph svg");
        assertEquals(5, svg.select("text.column").size());
        assertEquals(result.specs().size(), svg.select("g.node").size());
        assertEquals(result.statistics().graph().links(), svg.select("path.edge").size() + svg.select("g.broken")
                .size());
        assertTrue(svg.selectFirst("g.node.stk title").text().startsWith("STK-GARDEN-WEB"));

        Document broken = write(Reports.lint(Path.of("src/test/resources/rules/reference-broken-link/fail")));
        assertEquals(2, broken.select("#graph g.broken").size());
        assertTrue(broken.selectFirst("#graph g.broken title").text().contains("../business/login.md"));
    }

    private Document write(LintResult result) throws Exception {
        Path file = dir.resolve("speclint-" + System.nanoTime() + ".html");
        new HtmlReport().write(result, file);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static String card(Document html, String label) {
        return html.select("#totals .card").stream().filter(card -> card.ownText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + label)).selectFirst("b").text();
    }
}
