package io.github.speclint.rules.table;

import io.github.speclint.model.Section;
import io.github.speclint.model.Table;
import io.github.speclint.rules.OutlineMatch.Matched;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.TableRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs the tables the template asks for with the spec's tables: by bold label where the template labels them
 * ("**Success:**", "**Errors:**"), else by position in the section. Sections that state "Not applicable" owe none.
 */
public final class TemplateTables {

    private static final Function<SpecContext, List<TableSlot>> SLOTS = TemplateTables::slots;

    private TemplateTables() {
    }

    /** The spec's table slots, paired once per spec for all the table rules. */
    public static List<TableSlot> of(SpecContext context) {
        return context.derived(SLOTS);
    }

    private static List<TableSlot> slots(SpecContext context) {
        List<TableSlot> slots = new ArrayList<>();
        for (Matched matched : context.outline().matched()) {
            Section section = matched.section();
            if (section.notApplicable()) {
                continue;
            }
            List<TableRule> rules = matched.rule().tables();
            for (int i = 0; i < rules.size(); i++) {
                if (answeredInProse(rules.get(i), section)) {
                    continue;
                }
                slots.add(new TableSlot(rules.get(i), section, matched.parent(), find(rules.get(i), i, section)));
            }
        }
        return List.copyOf(slots);
    }

    /** "**Success:**" followed by prose describes the response another way: the slot is answered. */
    private static boolean answeredInProse(TableRule rule, Section section) {
        String label = rule.label();
        if (label.isEmpty() || labelled(section.tables(), label) != null) {
            return false;
        }
        for (String answered : section.answeredLabels()) {
            if (answered.equalsIgnoreCase(label)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Table> find(TableRule rule, int index, Section section) {
        List<Table> tables = section.tables();
        if (!rule.label().isEmpty()) {
            Table labelled = labelled(tables, rule.label());
            if (labelled != null || anyLabelled(tables)) {
                return Optional.ofNullable(labelled);
            }
        }
        return index < tables.size() ? Optional.of(tables.get(index)) : Optional.empty();
    }

    private static Table labelled(List<Table> tables, String label) {
        for (Table table : tables) {
            if (table.label().equalsIgnoreCase(label)) {
                return table;
            }
        }
        return null;
    }

    private static boolean anyLabelled(List<Table> tables) {
        for (Table table : tables) {
            if (!table.label().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
