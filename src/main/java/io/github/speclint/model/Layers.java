package io.github.speclint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The layers one run knows, in chain order: smaqit's five, or those a project's templates define. */
public final class Layers {

    public static final Layers SMAQIT = of(List.of(Layer.BUSINESS, Layer.FUNCTIONAL, Layer.STACK,
            Layer.INFRASTRUCTURE, Layer.COVERAGE));

    private final List<Layer> all;
    private final Map<String, Layer> byPrefix = new HashMap<>();
    private final Map<String, Layer> byFolder = new HashMap<>();

    private Layers(List<Layer> sorted) {
        this.all = List.copyOf(sorted);
        for (Layer layer : all) {
            byPrefix.put(layer.prefix(), layer);
            byFolder.put(layer.folder(), layer);
        }
    }

    /**
     * @throws IllegalArgumentException when two layers share a prefix or a folder
     */
    public static Layers of(Collection<Layer> layers) {
        List<Layer> sorted = new ArrayList<>(layers);
        sorted.sort(null);
        Layers result = new Layers(sorted);
        if (result.byPrefix.size() != sorted.size() || result.byFolder.size() != sorted.size()) {
            throw new IllegalArgumentException("two layers share a prefix or a folder: " + sorted);
        }
        return result;
    }

    /** In chain order: by rank, then by folder name. */
    public List<Layer> all() {
        return all;
    }

    public Optional<Layer> byPrefix(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }

    public Optional<Layer> byFolder(String folder) {
        return Optional.ofNullable(byFolder.get(folder));
    }

    /** The layer named by the prefix of a spec or criterion id such as {@code INF-AUTH-001}. */
    public Optional<Layer> ofId(String id) {
        return byPrefix(Layer.prefixOf(id));
    }

    /** The layers a spec of {@code layer} may reference, nearest first. */
    public List<Layer> upstreamOf(Layer layer) {
        List<Layer> upstream = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).isUpstreamOf(layer)) {
                upstream.add(all.get(i));
            }
        }
        return upstream;
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
