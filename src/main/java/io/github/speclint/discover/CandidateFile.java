package io.github.speclint.discover;

import io.github.speclint.model.Layer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A Markdown file that may be a spec: it is one when its folder names a layer or its front matter id has a layer
 * prefix, which only reading it can tell.
 *
 * @param displayPath the path findings print: relative to the project base, forward slashes
 * @param linted      false when includes/excludes leave the file out: it is then read only for what other specs
 *                    need from it (its id, criteria, links, coverage), and nothing is reported on it
 */
public record CandidateFile(Path file, String displayPath, Optional<Layer> folderLayer, boolean linted) {

    /** A file that is linted. */
    public CandidateFile(Path file, String displayPath, Optional<Layer> folderLayer) {
        this(file, displayPath, folderLayer, true);
    }
}
