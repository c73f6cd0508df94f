package io.github.speclint.adopt;

import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Suppression;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.rules.SuppressionUse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One spec's suppressions, indexed so that each finding is matched by look-ups, not by a walk over every comment:
 * next-line and same-line suppressions (one line each) by rule and line, ranges by rule in line order (a rule's ranges never overlap: it cannot be
 * disabled twice), whole-file ones by rule. Only suppressions with a reason and not past their date silence anything.
 */
final class SuppressionIndex implements SuppressionUse {

    private final LocalDate today;
    private final Set<String> ran;
    private final Map<String, Suppression> byLine = new HashMap<>();
    private final Map<String, List<Suppression>> ranges = new HashMap<>();
    private final Map<String, Suppression> wholeFile = new HashMap<>();
    private final Set<Suppression> used = Collections.newSetFromMap(new IdentityHashMap<>());

    SuppressionIndex(SpecDocument spec, LocalDate today, Set<String> ran) {
        this.today = today;
        this.ran = ran;
        for (Suppression suppression : spec.suppressions().all()) {
            if (!suppression.hasReason() || suppression.expiredOn(today)) {
                continue;
            }
            switch (suppression.directive()) {
                case Suppression.NEXT_LINE, Suppression.LINE -> byLine.putIfAbsent(key(suppression.ruleId(),
                        suppression.fromLine()), suppression);
                case Suppression.FILE -> wholeFile.putIfAbsent(suppression.ruleId(), suppression);
                default -> ranges.computeIfAbsent(suppression.ruleId(), k -> new ArrayList<>()).add(suppression);
            }
        }
        ranges.values().forEach(list -> list.sort(Comparator.comparingInt(Suppression::fromLine)));
    }

    /** The suppression that silences the finding, marked as used; empty when none does. */
    Optional<Suppression> match(Finding finding) {
        if (!RuleSet.acceptable(finding.ruleId())) {
            return Optional.empty();
        }
        Suppression match = byLine.get(key(finding.ruleId(), finding.line()));
        if (match == null) {
            match = range(finding.ruleId(), finding.line());
        }
        if (match == null) {
            match = wholeFile.get(finding.ruleId());
        }
        if (match != null) {
            used.add(match);
        }
        return Optional.ofNullable(match);
    }

    private Suppression range(String ruleId, int line) {
        List<Suppression> list = ranges.get(ruleId);
        if (list == null) {
            return null;
        }
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Suppression candidate = list.get(middle);
            if (candidate.toLine() < line) {
                low = middle + 1;
            } else if (candidate.fromLine() > line) {
                high = middle - 1;
            } else {
                return candidate;
            }
        }
        return null;
    }

    private static String key(String ruleId, int line) {
        return ruleId + "\u0000" + line;
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public boolean ran(String ruleId) {
        return ran.contains(ruleId);
    }

    @Override
    public boolean used(Suppression suppression) {
        return used.contains(suppression);
    }
}
