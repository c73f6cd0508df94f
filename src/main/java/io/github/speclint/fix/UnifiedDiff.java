package io.github.speclint.fix;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The unified diff ({@code diff -u}, three lines of context) of a file and its insertions, worked out from the
 * insertions themselves in one pass over the lines, so that a huge file with many fixes costs no more than reading
 * it. Lines are shown without their line endings; control characters are shown as U+FFFD, so that a spec's text
 * cannot steer the terminal the log is read on.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 3;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t]]");
    private static final Pattern LINE_END = Pattern.compile("\r\n|\n|\r");
    private static final String NO_NEWLINE = "\\ No newline at end of file";

    /** A diff line: ' ' context, '-' old, '+' new; {@code last} marks a line that ends the file without a newline. */
    private record Row(char kind, String text, boolean last) {
    }

    private final List<Row> rows = new ArrayList<>();
    /** New lines of changed lines, shown after the run of old lines they replace, as diff shows them. */
    private final List<Row> replacing = new ArrayList<>();
    private int[] oldBefore;
    private int[] newBefore;

    private UnifiedDiff() {
    }

    static List<String> of(String path, SpecBytes file, List<Insert> inserts) {
        UnifiedDiff diff = new UnifiedDiff();
        diff.align(file, inserts.stream().sorted(Comparator.comparingInt(Insert::offset)).toList());
        diff.count();
        return diff.hunks(path);
    }

    private void align(SpecBytes file, List<Insert> inserts) {
        byte[] bytes = file.bytes();
        int next = 0;
        int lines = file.lineCount();
        for (int line = 1; line <= lines; line++) {
            int start = file.start(line);
            String text = file.line(line);
            int end = start + text.getBytes(StandardCharsets.UTF_8).length;
            boolean lastWithoutEnding = line == lines && end == bytes.length;
            while (next < inserts.size() && inserts.get(next).offset() == start && endsLine(inserts.get(next))) {
                flush();
                added(inserts.get(next++).text(), false, rows);
            }
            List<Insert> within = new ArrayList<>();
            while (next < inserts.size() && inserts.get(next).offset() <= end) {
                within.add(inserts.get(next++));
            }
            if (within.isEmpty()) {
                flush();
                rows.add(new Row(' ', text, lastWithoutEnding));
                continue;
            }
            rows.add(new Row('-', text, lastWithoutEnding));
            StringBuilder changed = new StringBuilder(text);
            for (int i = within.size() - 1; i >= 0; i--) {
                Insert insert = within.get(i);
                int column = new String(bytes, start, insert.offset() - start, StandardCharsets.UTF_8).length();
                changed.insert(column, insert.text());
            }
            added(changed.toString(), lastWithoutEnding && !endsLine(within.get(within.size() - 1)), replacing);
        }
        flush();
        while (next < inserts.size()) {
            added(inserts.get(next++).text(), false, rows);
        }
    }

    private void flush() {
        rows.addAll(replacing);
        replacing.clear();
    }

    private static boolean endsLine(Insert insert) {
        return insert.text().endsWith("\n") || insert.text().endsWith("\r");
    }

    /** @param openEnd true when the text's last line ends the file without a newline */
    private static void added(String text, boolean openEnd, List<Row> to) {
        String[] lines = LINE_END.split(text, -1);
        int count = lines[lines.length - 1].isEmpty() && !openEnd ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            to.add(new Row('+', lines[i], openEnd && i == count - 1));
        }
    }

    private List<String> hunks(String path) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            int quiet = 0;
            for (int j = i; j < rows.size() && quiet <= 2 * CONTEXT; j++) {
                if (rows.get(j).kind() == ' ') {
                    quiet++;
                } else {
                    quiet = 0;
                    to = j;
                }
            }
            int until = Math.min(rows.size(), to + CONTEXT + 1);
            if (out.isEmpty()) {
                out.add("--- a/" + printable(path));
                out.add("+++ b/" + printable(path));
            }
            out.add(header(from, until));
            for (int j = from; j < until; j++) {
                Row row = rows.get(j);
                out.add(row.kind() + printable(row.text()));
                if (row.last()) {
                    out.add(NO_NEWLINE);
                }
            }
            i = until;
        }
        return out;
    }

    /** {@code @@ -old,count +new,count @@}, numbered as diff numbers them (an empty side starts one line earlier). */
    private String header(int from, int until) {
        int oldCount = 0;
        int newCount = 0;
        for (int j = from; j < until; j++) {
            oldCount += rows.get(j).kind() != '+' ? 1 : 0;
            newCount += rows.get(j).kind() != '-' ? 1 : 0;
        }
        return "@@ -" + range(oldBefore[from] + 1, oldCount) + " +" + range(newBefore[from] + 1, newCount) + " @@";
    }

    /** How many old and new lines come before each row: a hunk's first line numbers. */
    private void count() {
        oldBefore = new int[rows.size() + 1];
        newBefore = new int[rows.size() + 1];
        for (int j = 0; j < rows.size(); j++) {
            oldBefore[j + 1] = oldBefore[j] + (rows.get(j).kind() != '+' ? 1 : 0);
            newBefore[j + 1] = newBefore[j] + (rows.get(j).kind() != '-' ? 1 : 0);
        }
    }

    private static String range(int line, int count) {
        return count == 0 ? (line - 1) + ",0" : count == 1 ? String.valueOf(line) : line + "," + count;
    }

    private static String printable(String text) {
        return CONTROL.matcher(text).replaceAll("\uFFFD");
    }
}
