package io.github.speclint.report;

import io.github.speclint.model.EscapedText;

/**
 * Text from specs and file names inside a GitHub-flavoured Markdown table cell, shown as written: it can neither end
 * the cell ({@code |}), the row (a line break) or the code span it stands in (a backtick), nor become markup, a link,
 * an HTML comment that hides the rest of the page ({@code <!--}), a mention or math.
 */
final class MarkdownText {

    /**
     * The characters a GitHub Markdown renderer reads as markup, HTML, an entity, a mention or math inside a line (a
     * cell never starts a line, so {@code #}, {@code +} and {@code -} are text there; without {@code [} no link).
     */
    private static final String SPECIAL = "\\`*_[]<>|~$&@";

    private MarkdownText() {
    }

    /** Plain text: each special character backslash-escaped, which CommonMark allows for any ASCII punctuation. */
    static String text(String text) {
        String line = EscapedText.of(text);
        StringBuilder cell = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                cell.append('\\');
            }
            cell.append(c);
        }
        return cell.toString();
    }

    /**
     * A code span: nothing inside is markup or HTML, so only a backtick could end it early; the fence is one backtick
     * longer than the longest run inside. A pipe is still escaped: GitHub splits table cells before reading spans.
     */
    static String code(String text) {
        String line = EscapedText.of(text).replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // a space on both sides is dropped by the renderer; it keeps a backtick at either end off the fence
        String pad = longest > 0 ? " " : "";
        return fence + pad + line + pad + fence;
    }
}
