package io.github.speclint.graph;

import io.github.speclint.model.Link;

import java.util.List;

/**
 * Where a link to a Markdown file leads, worked out from the linking spec alone.
 *
 * @param targetPath   the target in the form of specs' paths (relative to the project base)
 * @param outsideRoot  true when the target lies outside the spec root
 * @param sectionBases the headings the link sits under, normalized ({@link io.github.speclint.model.Headings#base})
 */
public record LinkPath(Link link, String targetPath, boolean outsideRoot, List<String> sectionBases) {
}
