package io.github.speclint.report;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.ResolvedDesignLink;
import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.model.DesignDocument;
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
 * reference that leads nowhere ends in a red cross beside its spec. Design artifacts stand in a last column, joined
 * by dashed edges to the specs whose Design References link them. Drawn with plain elements, readable without
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

    static void write(XmlOut xml, SpecIndex index, DesignIndex designs) throws XMLStreamException {
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
        double designX = 10 + layers.size() * COLUMN;
        Map<String, double[]> designPlace = new HashMap<>();
        for (DesignDocument design : designs.designs()) {
            designPlace.put(design.path(), new double[] {designX, TOP + designPlace.size() * ROW});
        }
        int rows = Math.max(designPlace.size(), columns.values().stream().mapToInt(List::size).max().orElse(0));
        int width = 10 + (layers.size() + (designPlace.isEmpty() ? 0 : 1)) * COLUMN;
        int height = TOP + Math.max(rows, 1) * ROW + 10;
        xml.start("svg").attribute("xmlns", "http://www.w3.org/2000/svg")
                .attribute("viewBox", "0 0 " + width + " " + height).attribute("width", "100%")
                .attribute("role", "img").attribute("aria-label", "Spec graph");
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            xml.start("text").attribute("class", "column").attribute("x", 10 + i * COLUMN)
                    .attribute("y", 24).text(layer.prefix() + " · " + layer.folder()).end();
        }
        if (!designPlace.isEmpty()) {
            xml.start("text").attribute("class", "column").attribute("x", designX).attribute("y", 24)
                    .text("DSG · designs").end();
        }
        for (SpecDocument spec : index.specs()) {
            for (ResolvedLink link : index.links(spec)) {
                edge(xml, place.get(spec.path()), link, place);
            }
            for (ResolvedDesignLink link : designs.links(spec)) {
                if (!link.link().image()) {
                    designEdge(xml, place.get(spec.path()), link.design().map(d -> designPlace.get(d.path()))
                            .orElse(null));
                }
            }
        }
        for (SpecDocument spec : index.specs()) {
            node(xml, spec.id().orElse(spec.path()), spec.layer().map(l -> l.prefix().toLowerCase(Locale.ROOT))
                    .orElse(""), spec.path() + spec.status().map(s -> " (" + s + ")").orElse(""),
                    place.get(spec.path()));
        }
        for (DesignDocument design : designs.designs()) {
            node(xml, design.id().orElse(design.fileName()), "dsg", design.path() + design.status()
                    .map(s -> " (" + s + ")").orElse(""), designPlace.get(design.path()));
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

    /** From the right side of a spec to the left side of a design it links, in the last column. */
    private static void designEdge(XmlOut xml, double[] from, double[] to) throws XMLStreamException {
        if (to == null) {
            return;
        }
        double startX = from[0] + NODE_WIDTH;
        double startY = from[1] + NODE_HEIGHT / 2.0;
        double endY = to[1] + NODE_HEIGHT / 2.0;
        double bend = (startX + to[0]) / 2;
        xml.start("path").attribute("class", "design-edge").attribute("d", String.format(Locale.ROOT,
                "M%.0f %.0f C%.0f %.0f, %.0f %.0f, %.0f %.0f", startX, startY, bend, startY, bend, endY, to[0],
                endY)).end();
    }

    private static void node(XmlOut xml, String label, String style, String tooltip, double[] at)
            throws XMLStreamException {
        xml.start("g").attribute("class", ("node " + style).strip());
        xml.start("title").text(label + " — " + tooltip).end();
        xml.start("rect").attribute("x", at[0]).attribute("y", at[1]).attribute("width", NODE_WIDTH)
                .attribute("height", NODE_HEIGHT).attribute("rx", 5).end();
        xml.start("text").attribute("x", at[0] + 8).attribute("y", at[1] + 17)
                .text(label.length() > 24 ? label.substring(0, 23) + "…" : label).end();
        xml.end();
    }
}
