package io.github.speclint.parse;

import io.github.speclint.model.InputProblem;
import io.github.speclint.model.SourcePosition;

import java.util.Optional;

/**
 * How much Markdown structure one spec may hold before it is parsed. commonmark builds a node, with its source
 * span, for nearly every line, markup character and table cell, and keeps them until the block is done: a file of
 * a few megabytes of {@code [} or {@code <} or list items costs it minutes and gigabytes. A GFM table also pads every
 * row to its header's width, so cells can grow with rows times columns. Real specs stay far below these limits (the
 * largest in the smaqit corpus has 348 lines, 246 markup characters and about 100 cells); a file above one is
 * reported as too large to check, in time that grows only with its length.
 */
final class MarkdownLimits {

    static final int MAX_LINES = 50_000;
    static final int MAX_MARKUP = 50_000;
    static final int MAX_CELLS = 500_000;
    /** The characters that start inline markup in commonmark: each may become a node of its own. */
    static final String MARKUP = "[]<>`*_!&\\";
    /** {@link #MARKUP} as a table: this scan runs over every character of every spec. */
    private static final boolean[] IS_MARKUP = new boolean[128];

    static {
        MARKUP.chars().forEach(c -> IS_MARKUP[c] = true);
    }

    private MarkdownLimits() {
    }

    /**
     * @param body      the Markdown body, line endings already LF
     * @param firstLine the file line the body starts on
     * @return the first limit the body goes over, where it does
     */
    static Optional<InputProblem> check(String body, int firstLine) {
        int length = body.length();
        int line = 0;
        int markup = 0;
        long closedCells = 0;
        long blockLines = 0;
        long blockWidth = 0;
        // line by line (the search for the next line break is the JDK's, vectorised), then each line's characters
        for (int lineStart = 0; lineStart <= length; ) {
            int end = body.indexOf('\n', lineStart);
            if (end < 0) {
                end = length;
            }
            int pipes = 0;
            boolean blank = true;
            for (int i = lineStart; i < end; i++) {
                char c = body.charAt(i);
                if (c == '|') {
                    pipes++;
                } else if (c < IS_MARKUP.length && IS_MARKUP[c] && ++markup > MAX_MARKUP) {
                    return problem(firstLine + line, i - lineStart + 1, String.format(
                            "over %,d inline markup characters (%s)", MAX_MARKUP, MARKUP));
                }
                blank &= c == ' ' || c == '\t';
            }
            // a table pads every row to its header's width: a block's lines times its widest line bound its cells
            if (blank) {
                closedCells += blockLines * blockWidth;
                blockLines = 0;
                blockWidth = 0;
            } else {
                blockLines++;
                blockWidth = Math.max(blockWidth, pipes + 1);
            }
            if (closedCells + blockLines * blockWidth > MAX_CELLS) {
                return problem(firstLine + line, 1, String.format("over %,d table cells (each row counts as "
                        + "wide as its table's header)", MAX_CELLS));
            }
            line++;
            if (line == MAX_LINES && end + 1 < length) {
                return problem(firstLine + line, 1, String.format("over %,d lines", MAX_LINES));
            }
            lineStart = end + 1;
        }
        return Optional.empty();
    }

    private static Optional<InputProblem> problem(int line, int column, String what) {
        return Optional.of(new InputProblem(InputProblem.Kind.TOO_LARGE, String.format(
                "the Markdown holds %s, more than speclint checks in one spec; split the file", what),
                SourcePosition.of(line, column)));
    }
}
