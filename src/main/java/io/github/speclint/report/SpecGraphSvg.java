package io.github.speclint.report;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;

import javax.xml.stream.XMLStreamException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The spec graph as SVG: the specs in a column per layer (BUS, FUN, STK, INF, COV, in chain order) and their references as edges; a
 * reference that leads nowhere ends in a red cross beside its spec. Drawn with plain elements, readable without
 * scripts; each node and broken edge has a tooltip.
 */
final class SpecGraphSvg {

    /** Above this many specs a picture of the graph stops being readable; the tables still hold everything. */
    static final int MAX_SPECS = 300;
    private static final int COLUMN = 250;
    private static final int NODE_WIDTH = 190;
    private static final int NODE_HEIGHT = 26;
    private static final int ROW = 38;
    private static final int TOP = 84;

    private SpecGraphSvg() {
    }

    static void write(XmlOut xml, SpecIndex index) throws XMLStreamException {
        List<Layer> layers = index.layers().all();
        Map<Layer, List<SpecDocument>> columns = new HashMap<>();
        Map<String, double[]> place = new HashMap<>();
        for (SpecDocument spec : index.specs()) {
            Layer layer = spec.layer().orElse(layers.get(0));
            List<SpecDocument> column = columns.computeIfAbsent(layer, k -> new ArrayList<>());
            place.put(spec.path(), new double[] {10 + Math.max(0, layers.indexOf(layer)) * COLUMN,
                    TOP + column.size() * ROW});
            column.add(spec);
        }
        int rows = columns.values().stream().mapToInt(List::size).max().orElse(0);
        int width = 10 + layers.size() * COLUMN;
        int height = TOP + Math.max(rows, 1) * ROW + 10;
        xml.start("svg").attribute("xmlns", "http://www.w3.org/2000/svg")
                .attribute("viewBox", "0 0 " + width + " " + height).attribute("width", "100%")
                .attribute("role", "img").attribute("aria-label", "Spec graph");
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            xml.start("text").attribute("class", "column").attribute("x", 10 + i * COLUMN)
                    .attribute("y", 24).text(layer.prefix() + " · " + layer.folder()).end();
        }
        for (SpecDocument spec : index.specs()) {
            for (ResolvedLink link : index.links(spec)) {
                edge(xml, place.get(spec.path()), link, place);
            }
        }
        for (SpecDocument spec : index.specs()) {
            node(xml, spec, place.get(spec.path()));
        }
        xml.end();
    }

    private static void edge(XmlOut xml, double[] from, ResolvedLink link, Map<String, double[]> place)
            throws XMLStreamException {
        double[] to = link.target().map(target -> place.get(target.path())).orElse(null);
        double startX = from[0];
        double startY = from[1] + NODE_HEIGHT / 2.0;
        if (to == null) {
            if (link.kind() == ResolvedLink.Kind.MISSING || link.kind() == ResolvedLink.Kind.OUTSIDE_ROOT) {
                double endX = startX - 30;
                xml.start("g").attribute("class", "broken");
                xml.start("title").text("broken link: " + link.link().destination()).end();
                xml.start("line").attribute("x1", startX).attribute("y1", startY).attribute("x2", endX)
                        .attribute("y2", startY).end();
                xml.start("text").attribute("x", endX - 12).attribute("y", startY + 5).text("✕").end();
                xml.end();
            }
            return;
        }
        boolean sameColumn = to[0] == from[0];
        double endX = sameColumn ? to[0] : to[0] + NODE_WIDTH;
        double endY = to[1] + NODE_HEIGHT / 2.0;
        int skipped = (int) Math.round(Math.abs(from[0] - to[0]) / COLUMN) - 1;
        String path;
        if (skipped > 0) {
            // over the columns in between, so that the edge does not run behind their nodes
            double lift = Math.min(startY, endY) - NODE_HEIGHT - 12.0 * skipped;
            path = String.format(Locale.ROOT, "M%.0f %.0f C%.0f %.0f, %.0f %.0f, %.0f %.0f", startX, startY,
                    startX - COLUMN / 2.0, lift, endX + COLUMN / 2.0, lift, endX, endY);
        } else {
            double bend = sameColumn ? startX - 40 : (startX + endX) / 2;
            path = String.format(Locale.ROOT, "M%.0f %.0f C%.0f %.0f, %.0f %.0f, %.0f %.0f", startX, startY,
                    bend, startY, bend, endY, endX, endY);
        }
        xml.start("path").attribute("class", "edge").attribute("d", path).end();
    }

    private static void node(XmlOut xml, SpecDocument spec, double[] at) throws XMLStreamException {
        String label = spec.id().orElse(spec.path());
        xml.start("g").attribute("class", "node " + spec.layer().map(l -> l.prefix().toLowerCase(Locale.ROOT))
                .orElse(""));
        xml.start("title").text(label + " — " + spec.path() + spec.status().map(s -> " (" + s + ")").orElse(""))
                .end();
        xml.start("rect").attribute("x", at[0]).attribute("y", at[1]).attribute("width", NODE_WIDTH)
                .attribute("height", NODE_HEIGHT).attribute("rx", 5).end();
        xml.start("text").attribute("x", at[0] + 8).attribute("y", at[1] + 17)
                .text(label.length() > 24 ? label.substring(0, 23) + "…" : label).end();
        xml.end();
    }
}
