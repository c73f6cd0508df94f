package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.LintStatistics;
import io.github.speclint.SpeclintVersion;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code speclint.html}: one self-contained page (no scripts, fonts or images from elsewhere) with the totals, the
 * specs, the findings, the traceability matrix and the spec graph. Written as well-formed XHTML through StAX, so all
 * text is escaped by the writer.
 */
public final class HtmlReport implements Report {

    private static final String CSS = css();
    private static final Comparator<SpecDocument> BY_LAYER = Comparator
            .comparing((SpecDocument spec) -> spec.layer().map(Layer::ordinal).orElse(Layer.values().length))
            .thenComparing(SpecDocument::path);

    @Override
    public void write(LintResult result, Path file) throws IOException {
        try (XmlOut html = XmlOut.html(file)) {
            html.start("html").attribute("lang", "en");
            head(html);
            html.start("body");
            header(html, result.statistics());
            html.start("main");
            totals(html, result.statistics());
            specs(html, result);
            findings(html, result.findings());
            trace(html, TraceMatrix.of(result.index()));
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

    private static void header(XmlOut html, LintStatistics statistics) throws XMLStreamException {
        html.start("header");
        html.start("h1").text("speclint report").end();
        html.start("p").attribute("class", "summary").text(ConsoleFormat.summary(statistics)
                .replaceFirst("^speclint: ", "").replaceFirst(" in \\d+ ms$", "")).end();
        html.start("nav");
        for (String[] section : new String[][] {{"#specs", "Specs"}, {"#findings", "Findings"},
                {"#trace", "Traceability"}, {"#graph", "Spec graph"}}) {
            html.start("a").attribute("href", section[0]).text(section[1]).end();
        }
        html.end().end();
    }

    private static void totals(XmlOut html, LintStatistics statistics) throws XMLStreamException {
        html.start("section").attribute("id", "totals").attribute("class", "cards");
        card(html, "", statistics.specs(), "specs");
        for (Layer layer : Layer.values()) {
            card(html, "", statistics.specsPerLayer().getOrDefault(layer, 0), layer.prefix());
        }
        card(html, "errors", statistics.errors(), "errors");
        card(html, "warnings", statistics.warnings(), "warnings");
        card(html, "", statistics.graph().links(), "links");
        card(html, "", statistics.graph().criteria(), "criteria");
        if (statistics.graph().coverage().isPresent()) {
            html.start("div").attribute("class", "card").start("b")
                    .text(String.format(Locale.ROOT, "%.0f%%", statistics.graph().coverage().getAsDouble())).end()
                    .text("mapped to tests").end();
        }
        html.end();
    }

    private static void card(XmlOut html, String kind, int value, String label) throws XMLStreamException {
        html.start("div").attribute("class", ("card " + kind).strip()).start("b").text(String.valueOf(value)).end()
                .text(label).end();
    }

    private static void specs(XmlOut html, LintResult result) throws XMLStreamException {
        Map<String, FindingCounts> counts = FindingCounts.byPath(result);
        html.start("section").attribute("id", "specs").start("h2").text("Specs").end();
        html.start("table");
        row(html, "th", "Layer", "Id", "File", "Status", "Done", "Open", "Failed", "Errors", "Warnings");
        for (SpecDocument spec : result.specs().stream().sorted(BY_LAYER).toList()) {
            FindingCounts found = counts.getOrDefault(spec.path(), FindingCounts.NONE);
            html.start("tr");
            layerCell(html, spec.layer().orElse(null));
            cell(html, "", spec.id().orElse("—"));
            cell(html, "path", spec.path());
            cell(html, "", spec.status().orElse("—"));
            cell(html, "num", count(spec, "done"));
            cell(html, "num", count(spec, "open"));
            cell(html, "num", count(spec, "failed"));
            cell(html, "num" + (found.errors() > 0 ? " sev-error" : ""), String.valueOf(found.errors()));
            cell(html, "num" + (found.warnings() > 0 ? " sev-warning" : ""), String.valueOf(found.warnings()));
            html.end();
        }
        html.end().end();
    }

    private static String count(SpecDocument spec, String state) {
        return String.valueOf(spec.criteria().stream().filter(Criterion::hasId).filter(c -> switch (state) {
            case "done" -> c.isChecked();
            case "failed" -> c.isFailed();
            default -> c.isOpen();
        }).count());
    }

    private static void findings(XmlOut html, List<Finding> findings) throws XMLStreamException {
        html.start("section").attribute("id", "findings").start("h2").text("Findings").end();
        if (findings.isEmpty()) {
            html.start("p").attribute("class", "none").text("No findings.").end().end();
            return;
        }
        html.start("table");
        row(html, "th", "Where", "Severity", "Rule", "Finding");
        for (Finding finding : findings) {
            html.start("tr");
            cell(html, "path", finding.path() + ":" + finding.line() + ":" + finding.column());
            cell(html, "sev-" + finding.severity().label(), finding.severity().label());
            html.start("td").start("code").text(finding.ruleId()).end().end();
            cell(html, "", finding.message());
            html.end();
        }
        html.end().end();
    }

    private static void trace(XmlOut html, List<TraceMatrix.Row> rows) throws XMLStreamException {
        html.start("section").attribute("id", "trace").start("h2").text("Traceability").end();
        html.start("p").text("Each business criterion, the specs that trace to it layer by layer (a link to the "
                + "criterion, its use case, or a spec already on its trace), and the test cases that cover it.").end();
        if (rows.isEmpty()) {
            html.start("p").attribute("class", "none").text("No business criteria.").end().end();
            return;
        }
        html.start("table");
        row(html, "th", "Business criterion", "Functional", "Stack", "Infrastructure", "Test cases");
        for (TraceMatrix.Row row : rows) {
            html.start("tr");
            html.start("td").start("code").text(row.criterion().id()).end().text(" " + row.criterion().text()).end();
            for (Layer layer : List.of(Layer.FUNCTIONAL, Layer.STACK, Layer.INFRASTRUCTURE)) {
                names(html, row.specs().getOrDefault(layer, Set.of()));
            }
            names(html, row.testCases());
            html.end();
        }
        html.end().end();
    }

    private static void names(XmlOut html, Set<String> names) throws XMLStreamException {
        if (names.isEmpty()) {
            cell(html, "none", "none");
        } else {
            cell(html, "path", String.join(", ", names));
        }
    }

    private static void graph(XmlOut html, LintResult result) throws XMLStreamException {
        html.start("section").attribute("id", "graph").start("h2").text("Spec graph").end();
        if (result.specs().size() > SpecGraphSvg.MAX_SPECS) {
            html.start("p").attribute("class", "none").text("The graph of " + result.specs().size() + " specs is too "
                    + "large to draw; the tables above hold every spec and link.").end().end();
            return;
        }
        html.start("p").text("References run from each spec to the specs above it; a red cross is a link that leads "
                + "nowhere.").end();
        html.start("div").attribute("class", "graph");
        SpecGraphSvg.write(html, result.index());
        html.end().end();
    }

    private static void layerCell(XmlOut html, Layer layer) throws XMLStreamException {
        html.start("td");
        if (layer != null) {
            html.start("span").attribute("class", "layer " + layer.prefix().toLowerCase(Locale.ROOT))
                    .text(layer.prefix()).end();
        }
        html.end();
    }

    private static void row(XmlOut html, String cellTag, String... cells) throws XMLStreamException {
        html.start("tr");
        for (String text : cells) {
            html.start(cellTag).text(text).end();
        }
        html.end();
    }

    private static void cell(XmlOut html, String kind, String text) throws XMLStreamException {
        html.start("td");
        if (!kind.isEmpty()) {
            html.attribute("class", kind);
        }
        html.text(text).end();
    }

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
