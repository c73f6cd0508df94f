package io.github.speclint.rules;

import io.github.speclint.model.Section;
import io.github.speclint.schema.SectionRule;

import java.util.List;

/** How a spec's sections line up with its template: what matched, what is missing, misplaced, doubled or unknown. */
public record OutlineMatch(List<Matched> matched, List<Missing> missing, List<WrongLevel> wrongLevel,
                           List<Section> unknown, List<Duplicate> duplicates, List<OutOfOrder> outOfOrder) {

    /** A spec section taken as the template's section {@code rule}; {@code parent} is null at the top. */
    public record Matched(SectionRule rule, Section section, Section parent) {
    }

    /**
     * A required section that is nowhere.
     *
     * @param parent    the section it belongs under, or null at the top level
     * @param neighbour the nearest present template section before it (it goes after that), else the nearest after
     *                  it (it goes before that); null when none of its siblings is present
     * @param after     true when it goes after the neighbour, false when before
     */
    public record Missing(SectionRule rule, Section parent, Section neighbour, boolean after) {
    }

    /** A template section written at another heading level. */
    public record WrongLevel(SectionRule rule, Section section) {
    }

    /** A template section written twice under the same parent. */
    public record Duplicate(SectionRule rule, Section first, Section again) {
    }

    /**
     * A section out of template order.
     *
     * @param after  the present template section it should follow, or null
     * @param before the present template section it should precede, or null
     */
    public record OutOfOrder(Section section, Section after, Section before) {
    }
}
