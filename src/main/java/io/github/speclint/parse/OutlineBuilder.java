package io.github.speclint.parse;

import io.github.speclint.model.Section;
import io.github.speclint.model.SharedText;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Table;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Builds the section tree from headings met in document order. The level-1 title does not open a section. */
final class OutlineBuilder {

    private final List<Draft> topLevel = new ArrayList<>();
    private final Deque<Draft> open = new ArrayDeque<>();
    private List<String> path;

    void heading(int level, String title, SourcePosition position) {
        path = null;
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
        Draft draft = new Draft(level, SharedText.of(title), position);
        if (open.isEmpty()) {
            topLevel.add(draft);
        } else {
            open.peek().children.add(draft);
        }
        open.push(draft);
    }

    /** Marks the current section as having content; the first content decides whether it is "Not applicable". */
    void content(String firstText) {
        Draft current = open.peek();
        if (current != null && !current.hasContent) {
            current.hasContent = true;
            current.notApplicable = NotApplicable.isStatedBy(firstText);
        }
    }

    void table(Table table) {
        content("");
        if (!open.isEmpty()) {
            open.peek().tables.add(table);
        }
    }

    void tableLikeText(SourcePosition position) {
        if (!open.isEmpty()) {
            open.peek().tableLikeText.add(position);
        }
    }

    void answeredLabel(String label) {
        if (!open.isEmpty()) {
            open.peek().answeredLabels.add(label);
        }
    }

    /** The titles of the open sections, outermost first; made again only after a heading changed them. */
    List<String> path() {
        if (path == null) {
            List<String> titles = new ArrayList<>(open.size());
            open.descendingIterator().forEachRemaining(draft -> titles.add(draft.title));
            path = List.copyOf(titles);
        }
        return path;
    }

    List<Section> build() {
        return topLevel.stream().map(Draft::toSection).toList();
    }

    private static final class Draft {
        final int level;
        final String title;
        final SourcePosition position;
        final List<Table> tables = new ArrayList<>();
        final List<SourcePosition> tableLikeText = new ArrayList<>();
        final List<String> answeredLabels = new ArrayList<>();
        final List<Draft> children = new ArrayList<>();
        boolean hasContent;
        boolean notApplicable;

        Draft(int level, String title, SourcePosition position) {
            this.level = level;
            this.title = title;
            this.position = position;
        }

        Section toSection() {
            return new Section(level, title, position, hasContent, notApplicable, tables, tableLikeText,
                    answeredLabels, children.stream().map(Draft::toSection).toList());
        }
    }
}
