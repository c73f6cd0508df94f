package io.github.speclint.model;

/** The text of one table cell (inline markup removed) and where the cell starts. */
public record TableCell(String text, SourcePosition position) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
