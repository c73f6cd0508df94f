package io.github.speclint.model;

/**
 * A labelled sub-bullet of a criterion, such as {@code - **Reason:** why}.
 *
 * @param colonInsideBold true for {@code **Reason:**}, false for {@code **Reason**:}
 */
public record CriterionNote(String label, boolean colonInsideBold, String text, SourcePosition position) {
}
