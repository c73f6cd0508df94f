package io.github.speclint.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The YAML block between the first line {@code ---} and the next {@code ---}.
 *
 * @param position where the block starts (line 1) or, when the closing fence is missing, the opening fence
 */
public record FrontMatter(Fence fence, SourcePosition position, List<FrontMatterEntry> entries,
                          List<YamlProblem> problems) {

    /** Whether the block is there and closed. */
    public enum Fence { CLOSED, MISSING, UNCLOSED }

    public FrontMatter {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public static FrontMatter missing() {
        return new FrontMatter(Fence.MISSING, SourcePosition.START, List.of(), List.of());
    }

    public static FrontMatter unclosed() {
        return new FrontMatter(Fence.UNCLOSED, SourcePosition.START, List.of(), List.of());
    }

    /**
     * The block with these keys' entries alone, in their order: what is read of it once the per-document rules have
     * judged the rest. Its problems stay, so that {@link #readable()} still tells.
     */
    public FrontMatter only(Set<String> keys) {
        return new FrontMatter(fence, position, entries.stream().filter(entry -> keys.contains(entry.key())).toList(),
                problems);
    }

    /** True when the block is closed and its YAML could be read as a mapping of keys to values. */
    public boolean readable() {
        return fence == Fence.CLOSED && problems.stream().noneMatch(p -> p.kind() != YamlProblem.Kind.DUPLICATE_KEY);
    }

    public Optional<FrontMatterEntry> entry(String key) {
        for (FrontMatterEntry entry : entries) {
            if (entry.key().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /** The scalar value of a key, if it has one. */
    public Optional<String> value(String key) {
        for (FrontMatterEntry entry : entries) {
            if (entry.key().equals(key)) {
                String value = entry.isScalar() ? entry.value().strip() : "";
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
