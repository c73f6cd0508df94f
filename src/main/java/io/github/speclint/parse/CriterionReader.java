package io.github.speclint.parse;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.CriterionNote;
import io.github.speclint.model.Headings;
import io.github.speclint.model.RequirementRange;
import io.github.speclint.model.Ids;
import io.github.speclint.model.SourcePosition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list items under "Acceptance Criteria" leniently: checkbox, id, range, separator, text, untestable
 * marker and labelled sub-bullets are taken apart as written, so that the rules can say what is off.
 */
final class CriterionReader {

    /** A layer-prefixed id; a template placeholder segment ({@code [CONCEPT]}) still reads as part of the id. */
    private static final String ID = Ids.LENIENT_ID;
    private static final Pattern CHECKBOX = Pattern.compile("^\\[([^\\]]{0,3})\\]\\s*");
    private static final Pattern ID_LINE = Pattern.compile("^(?<open>\\*\\*)?(?<id>" + ID + ")(?:\\*\\*)?"
            + "(?:\\s*(?:through|to|–|—)\\s*(?<end>" + ID + "|\\d{2,}))?\\s*(?<sep>:|—|–|-)?(?:\\*\\*)?\\s*(?<text>.*)$");
    private static final String UNTESTABLE = "(untestable)";
    private static final Pattern NOTE = Pattern.compile("^\\*\\*(?<label>[^*]+?)\\*\\*(?<out>:)?\\s*(?<text>.*)$");

    private final SourceMap map;
    private final List<String> sectionPath;
    private final List<Criterion> criteria = new ArrayList<>();
    /** What stands under "### Untestable Criteria" is untestable, with or without its marker. */
    private final boolean underUntestableHeading;

    private final RequirementRange.Budget budget;
    /** Reset for each item: a list of criteria needs no new matcher per line. */
    private final Matcher box = CHECKBOX.matcher("");
    private final Matcher idLine = ID_LINE.matcher("");

    private CriterionReader(SourceMap map, List<String> sectionPath, RequirementRange.Budget budget) {
        this.map = map;
        this.sectionPath = sectionPath;
        this.budget = budget;
        this.underUntestableHeading = sectionPath.stream().anyMatch(title -> Headings.matches(title,
                "Untestable Criteria"));
    }

    static List<Criterion> read(ListBlock list, SourceMap map, List<String> sectionPath,
                                RequirementRange.Budget budget) {
        CriterionReader reader = new CriterionReader(map, sectionPath, budget);
        reader.readList(list);
        return reader.criteria;
    }

    private void readList(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem listItem) {
                readItem(listItem, !(list instanceof OrderedList));
            }
        }
    }

    private void readItem(ListItem item, boolean bulleted) {
        SourcePosition position = map.position(item);
        String raw = item.getFirstChild() instanceof Paragraph first ? map.raw(first).strip() : "";
        int contentColumn = item.getFirstChild() != null ? map.position(item.getFirstChild(), position).column()
                : position.column();

        String checkbox = null;
        int offset = 0;
        box.reset(raw);
        if (box.find()) {
            checkbox = shared(box.group(1));
            offset = box.end();
        }
        // matched in place past the checkbox, without a copy: group offsets count from the start of the item
        Matcher line = idLine.reset(raw).region(offset, raw.length());
        boolean hasId = line.matches();
        List<ListBlock> nested = nestedLists(item);
        if (checkbox == null && !hasId && !nested.isEmpty()) {
            nested.forEach(this::readList);
            return;
        }
        String text = hasId ? line.group("text") : raw.substring(offset);
        int marker = untestableMarker(text);
        boolean marked = marker >= 0;
        if (marked) {
            text = text.substring(0, marker);
        }
        boolean isUntestable = marked || underUntestableHeading;
        SourcePosition idPosition = hasId ? position.withColumn(contentColumn + line.start("id")) : position;
        String id = hasId ? line.group("id") : null;
        String rangeEnd = hasId ? line.group("end") : null;
        criteria.add(new Criterion(position, bulleted, checkbox, id, idPosition, rangeEnd,
                hasId && line.group("sep") != null ? shared(line.group("sep")) : "", text.strip(), isUntestable,
                hasId && line.group("open") != null, notes(nested), sectionPath, members(id, rangeEnd)));
    }

    /** One string for each common checkbox and separator: a tree keeps one of each per criterion. */
    private static String shared(String token) {
        return switch (token) {
            case " " -> " ";
            case "x" -> "x";
            case "X" -> "X";
            case "!" -> "!";
            case ":" -> ":";
            case "—" -> "—";
            case "–" -> "–";
            case "-" -> "-";
            default -> token;
        };
    }

    /** The ids a criterion defines: its id, or each member of its range while the file's budget lasts. */
    private List<String> members(String id, String rangeEnd) {
        if (id == null) {
            return List.of();
        }
        return rangeEnd == null ? List.of(id)
                : RequirementRange.expand(id + " through " + rangeEnd, budget).orElse(List.of(id));
    }

    /**
     * Where a closing "(untestable)" marker starts, with the blanks and the emphasis around it, or -1. Scanned from the
     * end: a regular expression that starts with blanks would be retried at every blank of a long criterion.
     */
    static int untestableMarker(String text) {
        int end = text.length();
        while (end > 0 && isBlank(text.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && isEmphasis(text.charAt(end - 1))) {
            end--;
        }
        int start = end - UNTESTABLE.length();
        if (start < 0 || !text.regionMatches(true, start, UNTESTABLE, 0, UNTESTABLE.length())) {
            return -1;
        }
        if (start > 0 && isEmphasis(text.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && isBlank(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_';
    }

    private List<CriterionNote> notes(List<ListBlock> nested) {
        List<CriterionNote> notes = new ArrayList<>();
        for (ListBlock list : nested) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
                    continue;
                }
                Matcher note = NOTE.matcher(map.raw(paragraph).strip());
                if (note.matches()) {
                    String label = note.group("label").strip();
                    boolean colonInside = label.endsWith(":");
                    if (colonInside) {
                        label = label.substring(0, label.length() - 1).strip();
                    }
                    notes.add(new CriterionNote(label, colonInside, note.group("text").strip(),
                            map.position(item)));
                }
            }
        }
        return notes;
    }

    private static List<ListBlock> nestedLists(ListItem item) {
        List<ListBlock> lists = new ArrayList<>();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof ListBlock list) {
                lists.add(list);
            }
        }
        return lists;
    }
}
