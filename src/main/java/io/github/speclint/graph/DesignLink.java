package io.github.speclint.graph;

import io.github.speclint.model.Link;

/**
 * A link in a spec's Design References section to a design's Markdown or its image, worked out from the spec alone.
 *
 * @param targetPath    the target in the form of specs' paths (relative to the project base)
 * @param image         true for a link to the image, false for one to the design's Markdown
 * @param absolute      true when the link is an absolute path, which does not travel with the project
 * @param insideProject true when the target lies inside the project root
 */
public record DesignLink(Link link, String targetPath, boolean image, boolean absolute, boolean insideProject) {
}
