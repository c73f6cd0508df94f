package io.github.speclint.rules.criterion;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.CriterionNote;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An untestable criterion says why, what to measure instead and how it will be verified: the sub-bullets
 * {@code **Reason:**} (or {@code **Flag:**}), {@code **Proposal:**} and {@code **Resolution:**}, colon inside or
 * outside the bold.
 */
public final class UntestableNotesRule extends CriterionRule {


    public UntestableNotesRule() {
        super("untestable-notes", Severity.ERROR,
                "Untestable criteria carry Reason, Proposal and Resolution sub-bullets");
    }

    @Override
    void check(Criterion criterion, SpecContext context, FindingSink out) {
        if (!criterion.untestable()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!has(criterion, "reason") && !has(criterion, "flag")) {
            missing.add("**Reason:**");
        }
        if (!has(criterion, "proposal")) {
            missing.add("**Proposal:**");
        }
        if (!has(criterion, "resolution")) {
            missing.add("**Resolution:**");
        }
        if (!missing.isEmpty()) {
            String name = criterion.hasId() ? criterion.id() : "at line " + criterion.position().line();
            report(out, criterion.position(), name, String.format("untestable criterion %s lacks %s; an "
                    + "untestable criterion carries the sub-bullets **Reason:**, **Proposal:** and "
                    + "**Resolution:**", name, joined(missing)));
        }
    }

    private static String joined(List<String> labels) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    private static boolean has(Criterion criterion, String label) {
        return criterion.notes().stream().filter(note -> !note.text().isBlank()).map(CriterionNote::label)
                .anyMatch(found -> found.toLowerCase(Locale.ROOT).equals(label));
    }
}
