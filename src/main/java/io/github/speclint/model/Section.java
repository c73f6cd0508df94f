package io.github.speclint.model;

import java.util.List;

/**
 * A heading with the blocks under it up to the next heading of the same or a higher level.
 *
 * @param hasContent    true when the section's own body (before its first sub-heading) holds anything besides
 *                      HTML comments, rules and the footer
 * @param notApplicable true when the body opens with "Not applicable" (or "N/A"), the template's way to say that
 *                      a section has nothing to hold
 * @param tables        the tables in the section's own body, in order
 * @param tableLikeText where paragraphs start with "|" but are no table (a header without its |---| row)
 * @param answeredLabels bold labels ({@code **Success:**}) followed by prose rather than a table
 */
public record Section(int level, String title, SourcePosition position, boolean hasContent, boolean notApplicable,
                      List<Table> tables, List<SourcePosition> tableLikeText, List<String> answeredLabels,
                      List<Section> children) {

    public Section {
        answeredLabels = List.copyOf(answeredLabels);
        tables = List.copyOf(tables);
        tableLikeText = List.copyOf(tableLikeText);
        children = List.copyOf(children);
    }

    /**
     * The heading alone, without its tables, table notes, labels or sub-sections, which only per-document rules read:
     * what the cross-document phase reads of a section is its level, title and position. {@link #isEmpty()} means
     * nothing for it.
     */
    public Section withoutBody() {
        return new Section(level, title, position, hasContent, notApplicable, List.of(), List.of(), List.of(),
                List.of());
    }

    /** The heading as written in Markdown, for messages: {@code ## Scope}. */
    public String heading() {
        return "#".repeat(level) + " " + title;
    }

    /** Empty means: nothing in the body and no sub-sections. */
    public boolean isEmpty() {
        return !hasContent && children.isEmpty();
    }
}
