package io.github.speclint.discover;

import io.github.speclint.model.Layer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A Markdown file that may be a spec: it is one when its folder names a layer or its front matter id has a layer
 * prefix, which only reading it can tell.
 *
 * @param displayPath the path findings print: relative to the project base, forward slashes
 */
public record CandidateFile(Path file, String displayPath, Optional<Layer> folderLayer) {
}
