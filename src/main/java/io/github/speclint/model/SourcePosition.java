package io.github.speclint.model;

/** A 1-based line and column in a spec file, counted as the author sees the file (BOM and CR removed). */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    public static final SourcePosition START = new SourcePosition(1, 1);

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    public static SourcePosition of(int line, int column) {
        return new SourcePosition(line, column);
    }

    public SourcePosition withColumn(int newColumn) {
        return new SourcePosition(line, newColumn);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
