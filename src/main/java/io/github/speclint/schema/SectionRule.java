package io.github.speclint.schema;

import java.util.List;

/**
 * A section the template defines: a fixed heading, or user-named sections ({@code any}) such as Data Model
 * entities. Its level is its depth: top-level rules are level 2.
 *
 * @param heading  the template heading, or the kind of user-named section ("entity") when {@code userNamed}
 * @param optional true when it may be left out; for user-named sections false means "at least one"
 */
public record SectionRule(String heading, boolean userNamed, boolean optional, int level, List<TableRule> tables,
                          List<SectionRule> children) {

    public SectionRule {
        tables = List.copyOf(tables);
        children = List.copyOf(children);
    }

    public SectionRule asOptional() {
        return new SectionRule(heading, userNamed, true, level, tables, children);
    }

    /** How messages name the section: {@code ## Scope}, or {@code ### <entity>}. */
    public String display() {
        return "#".repeat(level) + " " + (userNamed ? "<" + heading + ">" : heading);
    }
}
