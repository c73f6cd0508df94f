package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;

import java.util.List;
import java.util.stream.Collectors;

/** Which way a link between two layers runs, and what is wrong with it if it runs the wrong way. */
final class Direction {

    private Direction() {
    }

    /** What is wrong with a link from a spec of one layer to a spec of another, or null when nothing is. */
    static String problem(Layer from, Layer to, ResolvedLink link, Layers layers) {
        if (link.underHeading("Foundation Reference")) {
            return to.equals(from) ? null : "a Foundation Reference links " + LinkText.article(from.folder())
                    + " spec of the same layer";
        }
        List<Layer> upstream = layers.upstreamOf(from);
        if (upstream.isEmpty()) {
            return to.equals(from) && !link.isReference() ? null
                    : from.folder() + " is the first layer and references no other spec";
        }
        if (!to.isUpstreamOf(from) && !to.equals(from)) {
            return "that is down the chain; " + LinkText.article(from.folder()) + " spec may link "
                    + upstream.stream().sorted().map(Layer::folder).collect(Collectors.joining(", ")) + " specs";
        }
        return null;
    }
}
