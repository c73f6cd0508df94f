package io.github.speclint.model;

import java.util.List;

/**
 * A list item under "Acceptance Criteria", read leniently so that rules can say what is wrong with its form.
 *
 * @param bulleted  false for a numbered list item
 * @param checkbox  the character between the brackets ({@code " "}, {@code "x"}, ...), or null when there is none
 * @param id        the id token as written ({@code FUN-LOGIN-003-REV}), or null when the item has none
 * @param idPosition where the id starts, or the item's position when there is no id
 * @param rangeEnd  the second id of a {@code FUN-X-001 through FUN-X-009} range line, or null
 * @param separator what follows the id ({@code ":"}, {@code "—"}, ...), or "" when the text follows directly
 * @param text      the criterion text after the separator, without the untestable marker
 * @param untestable true when the line ends with {@code *(untestable)*} or stands under "Untestable Criteria"
 * @param boldId    true when the id is written in bold ({@code **FUN-X-001**:})
 * @param sectionPath the headings (level 2 and below) the criterion sits under
 * @param memberIds the requirement ids this criterion defines: its id, or each member of its range (expanded once,
 *                  when the file is read, within a budget per file)
 */
public record Criterion(SourcePosition position, boolean bulleted, String checkbox, String id,
                        SourcePosition idPosition, String rangeEnd, String separator, String text, boolean untestable,
                        boolean boldId, List<CriterionNote> notes, List<String> sectionPath,
                        List<String> memberIds) {

    public Criterion {
        notes = List.copyOf(notes);
        sectionPath = List.copyOf(sectionPath);
        memberIds = List.copyOf(memberIds);
    }

    /**
     * The criterion as the cross-document phase and the reports read it: without its notes and the headings it sits
     * under, which only per-document rules read.
     */
    public Criterion forGraph() {
        return new Criterion(position, bulleted, checkbox, id, idPosition, rangeEnd, separator, text, untestable,
                boldId, List.of(), List.of(), memberIds);
    }

    public boolean hasId() {
        return id != null;
    }

    public boolean isRange() {
        return rangeEnd != null;
    }

    public boolean isChecked() {
        return "x".equalsIgnoreCase(checkbox);
    }

    public boolean isFailed() {
        return "!".equals(checkbox);
    }

    public boolean isOpen() {
        return " ".equals(checkbox);
    }
}
