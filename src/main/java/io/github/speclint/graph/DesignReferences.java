package io.github.speclint.graph;

import io.github.speclint.model.Section;

import java.util.List;
import java.util.Optional;

/**
 * A spec's Design References section and the design links in it.
 *
 * @param section the section, when the spec has one
 */
public record DesignReferences(Optional<Section> section, List<DesignLink> links) {

    public static final DesignReferences NONE = new DesignReferences(Optional.empty(), List.of());

    public DesignReferences {
        links = List.copyOf(links);
    }
}
