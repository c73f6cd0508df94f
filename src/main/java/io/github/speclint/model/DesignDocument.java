package io.github.speclint.model;

import java.util.Optional;

/**
 * Everything the design rules know about one design artifact and its image, read once.
 *
 * @param path     the design's Markdown file relative to the project base, forward slashes, as findings print it
 * @param folder   its folder relative to the design folder ({@code functional}), "" at the top
 * @param symlink  true when the file is a symbolic link: then nothing else was read
 * @param problem  set when the bytes are not readable text
 * @param image    the PNG beside it; empty when the design itself was not read
 */
public record DesignDocument(String path, String folder, boolean symlink, Optional<InputProblem> problem,
                             FrontMatter frontMatter, DesignBody body, Optional<DesignImage> image) {

    public static DesignDocument symlinked(String path, String folder) {
        return new DesignDocument(path, folder, true, Optional.empty(), FrontMatter.missing(), DesignBody.NONE,
                Optional.empty());
    }

    public static DesignDocument unreadable(String path, String folder, InputProblem problem) {
        return new DesignDocument(path, folder, false, Optional.of(problem), FrontMatter.missing(), DesignBody.NONE,
                Optional.empty());
    }

    /** True when the front matter and body were read. */
    public boolean readable() {
        return !symlink && problem.isEmpty();
    }

    /** The file name, {@code dsg-fun-orders-system-sequence.md}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public Optional<String> id() {
        return frontMatter.value("id");
    }

    public Optional<String> status() {
        return frontMatter.value("status");
    }

    /** The {@code layer} value, which names the design's kind. */
    public Optional<String> layer() {
        return frontMatter.value("layer");
    }
}
