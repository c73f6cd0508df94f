package io.github.speclint.rules.table;

import io.github.speclint.model.Section;
import io.github.speclint.model.Table;
import io.github.speclint.rules.OutlineMatch.Matched;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.TableRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pairs the tables the template asks for with the spec's tables: by bold label where the template labels them
 * ("**Success:**", "**Errors:**"), else by position in the section. Sections that state "Not applicable" owe none.
 */
public final class TemplateTables {

    private TemplateTables() {
    }

    public static List<TableSlot> of(SpecContext context) {
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
        return slots;
    }

    /** "**Success:**" followed by prose describes the response another way: the slot is answered. */
    private static boolean answeredInProse(TableRule rule, Section section) {
        return !rule.label().isEmpty() && section.answeredLabels().stream().anyMatch(rule.label()::equalsIgnoreCase)
                && section.tables().stream().noneMatch(t -> t.label().equalsIgnoreCase(rule.label()));
    }

    private static Optional<Table> find(TableRule rule, int index, Section section) {
        List<Table> tables = section.tables();
        if (!rule.label().isEmpty()) {
            Optional<Table> labelled = tables.stream().filter(t -> t.label().equalsIgnoreCase(rule.label()))
                    .findFirst();
            if (labelled.isPresent() || tables.stream().anyMatch(t -> !t.label().isEmpty())) {
                return labelled;
            }
        }
        return index < tables.size() ? Optional.of(tables.get(index)) : Optional.empty();
    }
}
