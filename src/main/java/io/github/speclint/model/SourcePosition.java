package io.github.speclint.model;

/** A 1-based line and column in a spec file, counted as the author sees the file (BOM and CR removed). */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    public static final SourcePosition START = new SourcePosition(1, 1);

    /**
     * Positions near the start of a line are shared: a tree of specs keeps hundreds of thousands of them (every
     * criterion, section and cell), nearly all at a few columns. Filled as met; a race only builds an equal one.
     */
    private static final int SHARED_LINES = 4096;
    private static final int SHARED_COLUMNS = 16;
    private static final SourcePosition[] SHARED = new SourcePosition[SHARED_LINES * SHARED_COLUMNS];

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    public static SourcePosition of(int line, int column) {
        if (line < 1 || line > SHARED_LINES || column < 1 || column > SHARED_COLUMNS) {
            return new SourcePosition(line, column);
        }
        int slot = (line - 1) * SHARED_COLUMNS + column - 1;
        SourcePosition shared = SHARED[slot];
        if (shared == null) {
            shared = new SourcePosition(line, column);
            SHARED[slot] = shared;
        }
        return shared;
    }

    public SourcePosition withColumn(int newColumn) {
        return of(line, newColumn);
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
