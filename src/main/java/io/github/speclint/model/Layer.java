package io.github.speclint.model;

import java.util.Optional;

/** The five smaqit layers, in their traceability order: each may reference only the layers before it. */
public enum Layer {
    BUSINESS("BUS", "business"),
    FUNCTIONAL("FUN", "functional"),
    STACK("STK", "stack"),
    INFRASTRUCTURE("INF", "infrastructure"),
    COVERAGE("COV", "coverage");

    private static final Layer[] LAYERS = values();

    private final String prefix;
    private final String folder;

    Layer(String prefix, String folder) {
        this.prefix = prefix;
        this.folder = folder;
    }

    public String prefix() {
        return prefix;
    }

    public String folder() {
        return folder;
    }

    public static Optional<Layer> fromPrefix(String prefix) {
        for (Layer layer : LAYERS) {
            if (layer.prefix.equals(prefix)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }

    public static Optional<Layer> fromFolder(String folderName) {
        for (Layer layer : LAYERS) {
            if (layer.folder.equals(folderName)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }

    /** The layer named by the prefix of a spec or criterion id such as {@code INF-AUTH-001}. */
    public static Optional<Layer> ofId(String id) {
        if (id == null || id.length() < 4 || id.charAt(3) != '-') {
            return Optional.empty();
        }
        for (Layer layer : LAYERS) {
            if (id.startsWith(layer.prefix)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }
}
