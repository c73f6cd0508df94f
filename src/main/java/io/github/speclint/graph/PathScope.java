package io.github.speclint.graph;

import java.nio.file.Path;

/** A folder seen in the form of specs' paths (relative to the project base), to tell which paths lie inside it. */
final class PathScope {

    private final String folder;

    /**
     * @param base   the folder specs' paths are relative to
     * @param folder the folder paths are tested against
     */
    PathScope(Path base, Path folder) {
        this.folder = base.toAbsolutePath().normalize().relativize(folder.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /** True when a normalized relative path lies inside the folder. */
    boolean contains(String path) {
        if (folder.isEmpty()) {
            return !path.startsWith("../") && !path.equals("..") && !path.startsWith("/");
        }
        return path.startsWith(folder + "/");
    }
}
