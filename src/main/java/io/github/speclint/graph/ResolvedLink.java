package io.github.speclint.graph;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Link;
import io.github.speclint.model.SpecDocument;

import java.util.Optional;

/**
 * A link to a Markdown file, resolved against the linking file.
 *
 * @param targetPath the target as a path in the same form as specs' paths (relative to the project base)
 * @param target     the spec at that path, when there is one
 */
public record ResolvedLink(Link link, Kind kind, String targetPath, Optional<SpecDocument> target) {

    /** Where the link leads. */
    public enum Kind { SPEC, OTHER_FILE, MISSING, OUTSIDE_ROOT }

    /** True for links in the References section, the spec's declared traceability. */
    public boolean isReference() {
        return !link.sectionPath().isEmpty() && Headings.matches(link.sectionPath().get(0), "References");
    }

    public boolean underHeading(String heading) {
        return link.sectionPath().stream().anyMatch(title -> Headings.matches(title, heading));
    }
}
