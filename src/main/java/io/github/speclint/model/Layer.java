package io.github.speclint.model;

import java.util.Arrays;
import java.util.Optional;

/** The five smaqit layers, in their traceability order: each may reference only the layers before it. */
public enum Layer {
    BUSINESS("BUS", "business"),
    FUNCTIONAL("FUN", "functional"),
    STACK("STK", "stack"),
    INFRASTRUCTURE("INF", "infrastructure"),
    COVERAGE("COV", "coverage");

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
        return Arrays.stream(values()).filter(layer -> layer.prefix.equals(prefix)).findFirst();
    }

    public static Optional<Layer> fromFolder(String folderName) {
        return Arrays.stream(values()).filter(layer -> layer.folder.equals(folderName)).findFirst();
    }

    /** The layer named by the prefix of a spec or criterion id such as {@code INF-AUTH-001}. */
    public static Optional<Layer> ofId(String id) {
        if (id == null || id.length() < 4 || id.charAt(3) != '-') {
            return Optional.empty();
        }
        return fromPrefix(id.substring(0, 3));
    }
}
