package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.LintStatistics;
import io.github.speclint.SpeclintVersion;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code speclint.html}: one self-contained page (no scripts, fonts or images from elsewhere) with the totals, the
 * specs, the findings, the traceability matrix and the spec graph. Written as well-formed XHTML through StAX, so all
 * text is escaped by the writer.
 */
public final class HtmlReport implements Report {

    private static final String CSS = css();

    @Override
    public void write(LintResult result, Path file) throws IOException {
        try (XmlOut html = XmlOut.html(file)) {
            html.start("html").attribute("lang", "en");
            head(html);
            html.start("body");
            List<ReportTable> tables = ReportTables.of(result);
            header(html, result.statistics(), tables);
            html.start("main");
            totals(html, result.statistics());
            for (ReportTable table : tables) {
                table(html, table);
            }
            graph(html, result);
            html.end();
            html.start("footer").text("speclint " + SpeclintVersion.get()).end();
            html.end().end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file, e);
        }
    }

    private static void head(XmlOut html) throws XMLStreamException {
        html.start("head");
        html.empty("meta").attribute("charset", "utf-8");
        html.empty("meta").attribute("name", "viewport").attribute("content", "width=device-width, initial-scale=1");
        html.start("title").text("speclint report").end();
        html.start("style").text(CSS).end();
        html.end();
    }

    private static void header(XmlOut html, LintStatistics statistics, List<ReportTable> tables)
            throws XMLStreamException {
        html.start("header");
        html.start("h1").text("speclint report").end();
        html.start("p").attribute("class", "summary").text(ConsoleFormat.headline(statistics)).end();
        html.start("nav");
        for (ReportTable table : tables) {
            html.start("a").attribute("href", "#" + table.id()).text(table.title()).end();
        }
        html.start("a").attribute("href", "#graph").text("Spec graph").end();
        html.end().end();
    }

    private static void totals(XmlOut html, LintStatistics statistics) throws XMLStreamException {
        html.start("section").attribute("id", "totals").attribute("class", "cards");
        for (ReportTable.Cell[] total : ReportTables.totals(statistics)) {
            html.start("div").attribute("class", ("card " + total[1].style()).strip()).start("b")
                    .text(total[1].text()).end().text(total[0].text()).end();
        }
        html.end();
    }

    private static void table(XmlOut html, ReportTable table) throws XMLStreamException {
        html.start("section").attribute("id", table.id()).start("h2").text(table.title()).end();
        if (!table.intro().isEmpty()) {
            html.start("p").text(table.intro()).end();
        }
        if (table.rows().isEmpty()) {
            html.start("p").attribute("class", "none").text(table.empty()).end().end();
            return;
        }
        html.start("table").start("tr");
        for (String heading : table.header()) {
            html.start("th").text(heading).end();
        }
        html.end();
        for (List<ReportTable.Cell> row : table.rows()) {
            html.start("tr");
            for (ReportTable.Cell cell : row) {
                cell(html, cell);
            }
            html.end();
        }
        html.end().end();
    }

    /** Layer names are badges and rule ids code; every other style is a class on the cell. */
    private static void cell(XmlOut html, ReportTable.Cell cell) throws XMLStreamException {
        html.start("td");
        if (cell.style().startsWith("layer ")) {
            html.start("span").attribute("class", cell.style()).text(cell.text()).end();
        } else if (cell.style().equals("code")) {
            html.start("code").text(cell.text()).end();
        } else {
            if (!cell.style().isEmpty()) {
                html.attribute("class", cell.style());
            }
            html.text(cell.text());
        }
        html.end();
    }

    private static void graph(XmlOut html, LintResult result) throws XMLStreamException {
        html.start("section").attribute("id", "graph").start("h2").text("Spec graph").end();
        if (result.specs().size() + result.designDocuments().size() > SpecGraphSvg.MAX_SPECS) {
            html.start("p").attribute("class", "none").text("The graph of " + result.specs().size() + " specs is too "
                    + "large to draw; the tables above hold every spec and link.").end().end();
            return;
        }
        html.start("p").text("References run from each spec to the specs above it; a red cross is a link that leads "
                + "nowhere. Designs stand in the last column, joined to the specs that link them.").end();
        html.start("div").attribute("class", "graph");
        SpecGraphSvg.write(html, result.index(), result.designs());
        html.end().end();
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
