package io.github.speclint.schema;

import java.util.List;
import java.util.Optional;

/**
 * One kind of design artifact: the designs of one folder under {@code docs/designs/}.
 *
 * @param folder       the folder name, which is also the design's {@code layer} value
 * @param prefix       the second part of the design id ({@code FUN} in {@code DSG-FUN-ORDERS-SYSTEM-SEQUENCE})
 * @param specLayer    the folder name of the spec layer whose specs the design draws and links back to
 * @param specPrefix   the prefix of those specs' criterion ids, which the design's {@code requirements} name
 * @param diagramTypes the {@code diagram_type} values allowed
 * @param extraKeys    front matter keys this kind has beyond the common ones
 * @param realizes     the diagram type of the design that {@code realizes} names, when the kind has that key
 * @param lifecycle    true when the design's status must follow its linked specs' lifecycle rank
 */
public record DesignKind(String folder, String prefix, String specLayer, String specPrefix, List<String> diagramTypes,
                         List<String> extraKeys, Optional<String> realizes, boolean lifecycle) {

    public DesignKind {
        diagramTypes = List.copyOf(diagramTypes);
        extraKeys = List.copyOf(extraKeys);
    }
}
