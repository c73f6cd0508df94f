package io.github.speclint.model;

import java.util.List;

/** A Markdown link in the body, with the headings it sits under (level 2 and below). */
public record Link(String text, String destination, SourcePosition position, List<String> sectionPath) {

    public Link {
        sectionPath = List.copyOf(sectionPath);
    }
}
