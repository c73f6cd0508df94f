package io.github.speclint.graph;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Link;
import io.github.speclint.model.SpecDocument;

import java.util.List;
import java.util.Optional;

/**
 * A link to a Markdown file, resolved against the linking file.
 *
 * @param targetPath   the target as a path in the same form as specs' paths (relative to the project base)
 * @param target       the spec at that path, when there is one
 * @param sectionBases the headings the link sits under, normalized once ({@link Headings#base})
 */
public record ResolvedLink(Link link, Kind kind, String targetPath, Optional<SpecDocument> target,
                           List<String> sectionBases) {

    private static final String REFERENCES = Headings.base("References");

    /** Where the link leads. */
    public enum Kind { SPEC, OTHER_FILE, DIRECTORY, MISSING, OUTSIDE_ROOT }

    /** True for links in the References section, the spec's declared traceability. */
    public boolean isReference() {
        return !sectionBases.isEmpty() && sectionBases.get(0).equals(REFERENCES);
    }

    public boolean underHeading(String heading) {
        return sectionBases.contains(Headings.base(heading));
    }
}
