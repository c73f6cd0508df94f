package io.github.speclint.discover;

import java.nio.file.Path;

/**
 * A Markdown file under the design folder, or a symbolic link there that smaqit's gate would refuse to follow.
 *
 * @param displayPath the path findings print: relative to the project base, forward slashes
 * @param folder      the file's folder relative to the design folder ({@code functional}), "" at its top
 * @param symlink     true when the entry is a symbolic link (to a design or to a folder of designs): it is reported,
 *                    never followed
 */
public record DesignFile(Path file, String displayPath, String folder, boolean symlink) {
}
