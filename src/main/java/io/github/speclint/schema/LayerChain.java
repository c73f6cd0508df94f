package io.github.speclint.schema;

import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places layers in the chain from what their templates reference: a layer that references none is first (rank 0),
 * any other stands one below the lowest layer it references. Business references nothing, functional business,
 * stack functional, and so on: the ranks of smaqit's five layers follow, and so does a project's sixth.
 */
final class LayerChain {

    /** A layer as a template declares it, before it has a place in the chain. */
    record Declared(String folder, String prefix, List<String> references) {
    }

    private LayerChain() {
    }

    /**
     * @throws IllegalArgumentException when a layer references a folder no layer has, or the references go round
     */
    static Layers of(List<Declared> declared) {
        Map<String, Declared> byFolder = new LinkedHashMap<>();
        declared.forEach(layer -> byFolder.put(layer.folder(), layer));
        Map<String, Integer> ranks = new HashMap<>();
        List<Layer> layers = new ArrayList<>();
        for (Declared layer : declared) {
            layers.add(known(layer.folder(), layer.prefix(), rank(layer, byFolder, ranks, new ArrayList<>())));
        }
        return Layers.of(layers);
    }

    private static int rank(Declared layer, Map<String, Declared> byFolder, Map<String, Integer> ranks,
                            List<String> path) {
        Integer known = ranks.get(layer.folder());
        if (known != null) {
            return known;
        }
        if (path.contains(layer.folder())) {
            path.add(layer.folder());
            throw new IllegalArgumentException("the layers' references go round: " + String.join(" -> ", path));
        }
        path.add(layer.folder());
        int rank = 0;
        for (String folder : layer.references()) {
            Declared upstream = byFolder.get(folder);
            if (upstream == null) {
                throw new IllegalArgumentException("the " + layer.folder() + " layer references the " + folder
                        + " layer, which has no template; known layers: " + byFolder.keySet());
            }
            if (!folder.equals(layer.folder())) {
                rank = Math.max(rank, rank(upstream, byFolder, ranks, path) + 1);
            }
        }
        path.remove(path.size() - 1);
        ranks.put(layer.folder(), rank);
        return rank;
    }

    /** smaqit's own layers keep their constants, so that code naming them keeps working. */
    private static Layer known(String folder, String prefix, int rank) {
        for (Layer layer : Layers.SMAQIT.all()) {
            if (layer.folder().equals(folder) && layer.prefix().equals(prefix) && layer.rank() == rank) {
                return layer;
            }
        }
        return Layer.of(prefix, folder, rank);
    }
}
