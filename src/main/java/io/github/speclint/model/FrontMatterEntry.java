package io.github.speclint.model;

import java.util.List;

/**
 * One key of the front matter, or one item of a list value.
 *
 * @param key      the key, or "" for a list item
 * @param value    the scalar text, or {@code null} when the value is a list, a map or empty
 * @param source   the value exactly as written (for a list such as {@code [TIMESTAMP]} that is the bracketed text)
 * @param children a map's entries or a list's items, each with its own position; empty for scalars
 */
public record FrontMatterEntry(String key, Kind kind, String value, String source, SourcePosition keyPosition,
                               SourcePosition valuePosition, List<FrontMatterEntry> children) {

    /** The YAML shape of the value. */
    public enum Kind { SCALAR, EMPTY, LIST, MAP }

    public FrontMatterEntry {
        children = List.copyOf(children);
    }

    public FrontMatterEntry(String key, Kind kind, String value, String source, SourcePosition keyPosition,
                            SourcePosition valuePosition) {
        this(key, kind, value, source, keyPosition, valuePosition, List.of());
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public boolean isBlank() {
        return kind == Kind.EMPTY || (kind == Kind.SCALAR && value.isBlank());
    }
}
