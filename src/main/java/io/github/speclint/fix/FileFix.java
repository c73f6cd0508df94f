package io.github.speclint.fix;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What fixing one spec changes.
 *
 * @param path      the spec as findings name it
 * @param before    its bytes as read
 * @param after     its bytes with the fixes; equal to {@code before} when there is nothing to fix
 * @param diff      the unified diff of the two, empty when equal
 * @param leftAlone structural findings a safe fix cannot remove, for the author
 * @param problem   why the fixes were not kept, when they would not hold
 */
public record FileFix(Path file, String path, byte[] before, byte[] after, List<Change> changes, List<String> diff,
                      List<String> leftAlone, Optional<String> problem) {

    public FileFix {
        changes = List.copyOf(changes);
        diff = List.copyOf(diff);
        leftAlone = List.copyOf(leftAlone);
    }

    public boolean fixes() {
        return !changes.isEmpty();
    }
}
