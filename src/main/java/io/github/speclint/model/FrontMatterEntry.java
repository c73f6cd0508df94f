package io.github.speclint.model;

/**
 * One top-level key of the front matter.
 *
 * @param value  the scalar text, or {@code null} when the value is a list, a map or empty
 * @param source the value exactly as written (for a list such as {@code [TIMESTAMP]} that is the bracketed text)
 */
public record FrontMatterEntry(String key, Kind kind, String value, String source, SourcePosition keyPosition,
                               SourcePosition valuePosition) {

    /** The YAML shape of the value. */
    public enum Kind { SCALAR, EMPTY, LIST, MAP }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public boolean isBlank() {
        return kind == Kind.EMPTY || (kind == Kind.SCALAR && value.isBlank());
    }
}
