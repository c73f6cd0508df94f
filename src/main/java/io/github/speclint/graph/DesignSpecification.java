package io.github.speclint.graph;

import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.SpecDocument;

import java.util.Optional;

/**
 * One entry of a design's {@code specifications} list, resolved from the design's folder.
 *
 * @param targetPath the entry in the form of specs' paths (relative to the project base)
 * @param spec       the spec at that path, when speclint linted one there
 * @param problem    why the entry leads to no spec ("" when it does)
 */
public record DesignSpecification(FrontMatterEntry entry, String targetPath, Optional<SpecDocument> spec,
                                  String problem) {
}
