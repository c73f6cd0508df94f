package io.github.speclint.parse;

import io.github.speclint.model.FrontMatter;

import java.util.regex.Pattern;

/**
 * A spec's text cut into the YAML block and the Markdown body.
 *
 * @param yamlFirstLine the file line of the first YAML line (2 when there is a block)
 * @param bodyFirstLine the file line where the Markdown body starts
 */
record FrontMatterSplit(FrontMatter.Fence fence, String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6} \\S.*");

    /**
     * Follows smaqit's own reader: the first line must be {@code ---}; the block ends at the next {@code ---} line.
     * A Markdown heading after a blank line also ends the search: without that, a block whose closing fence was
     * forgotten would run on to the {@code ---} above the footer and swallow the whole body.
     */
    static FrontMatterSplit of(String text) {
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            return new FrontMatterSplit(FrontMatter.Fence.MISSING, "", 1, text, 1);
        }
        int line = 2;
        int lineStart = next(text, firstEnd);
        boolean afterBlank = false;
        while (lineStart < text.length()) {
            int end = lineEnd(text, lineStart);
            if (afterBlank && text.charAt(lineStart) == '#'
                    && MARKDOWN_HEADING.matcher(text.substring(lineStart, end)).matches()) {
                break;
            }
            afterBlank = isBlank(text, lineStart, end);
            if (isFence(text, lineStart, end)) {
                return new FrontMatterSplit(FrontMatter.Fence.CLOSED, text.substring(next(text, firstEnd), lineStart),
                        2, text.substring(next(text, end)), line + 1);
            }
            line++;
            lineStart = next(text, end);
        }
        return new FrontMatterSplit(FrontMatter.Fence.UNCLOSED, "", 2, text.substring(next(text, firstEnd)), 2);
    }

    /** {@code text.substring(start, end).strip().equals("---")}, without the copy: this runs on every YAML line. */
    private static boolean isFence(String text, int start, int end) {
        int from = skipBlanks(text, start, end);
        int to = end;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from == FENCE.length() && text.startsWith(FENCE, from);
    }

    private static boolean isBlank(String text, int start, int end) {
        return skipBlanks(text, start, end) == end;
    }

    private static int skipBlanks(String text, int start, int end) {
        int from = start;
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int next(String text, int lineEnd) {
        return Math.min(lineEnd + 1, text.length());
    }
}
