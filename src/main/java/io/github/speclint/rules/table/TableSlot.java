package io.github.speclint.rules.table;

import io.github.speclint.model.Section;
import io.github.speclint.model.Table;
import io.github.speclint.schema.TableRule;

import java.util.Optional;

/** A table the template asks for in a section, and the spec's table that fills it, if any. */
public record TableSlot(TableRule rule, Section section, Section parent, Optional<Table> table) {

    /** How messages name the table: {@code table "Resources" under "Compute Resources"}. */
    public String name() {
        if (!rule.label().isEmpty()) {
            return "table \"" + rule.label() + "\" under \"" + section.title() + "\"";
        }
        if (parent != null) {
            return "table \"" + section.title() + "\" under \"" + parent.title() + "\"";
        }
        return "table \"" + section.title() + "\"";
    }

    /** A stable name for fingerprints: the section path and label, never a line. */
    public String subject() {
        return (parent == null ? "" : parent.title() + " > ") + section.title()
                + (rule.label().isEmpty() ? "" : " > " + rule.label());
    }
}
