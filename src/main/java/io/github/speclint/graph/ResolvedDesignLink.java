package io.github.speclint.graph;

import io.github.speclint.model.DesignDocument;

import java.util.Optional;

/**
 * A Design References link looked up among the designs.
 *
 * @param design  the design whose Markdown or image the link names, when there is one
 * @param problem why the link leads to no usable design ("" when it does): missing, outside the project, through a
 *                symbolic link, not a design
 */
public record ResolvedDesignLink(DesignLink link, Optional<DesignDocument> design, String problem) {

    public boolean resolved() {
        return problem.isEmpty();
    }
}
