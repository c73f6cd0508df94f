package io.github.speclint.adopt;

import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Suppression;
import io.github.speclint.rules.SuppressionUse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A run's findings matched against the suppressions in their specs: those silenced, and those kept. */
public final class SuppressionMatch {

    private final Map<String, SuppressionIndex> indexes;
    private final List<Finding> kept;
    private final List<Suppressed> suppressed;

    private SuppressionMatch(Map<String, SuppressionIndex> indexes, List<Finding> kept, List<Suppressed> suppressed) {
        this.indexes = indexes;
        this.kept = kept;
        this.suppressed = suppressed;
    }

    /**
     * @param today the day {@code until=} dates are held against
     * @param ran   the ids of the rules that ran
     */
    public static SuppressionMatch of(List<Finding> findings, List<SpecDocument> specs, LocalDate today,
                                      Set<String> ran) {
        Map<String, SuppressionIndex> indexes = new HashMap<>();
        for (SpecDocument spec : specs) {
            if (!spec.suppressions().isEmpty()) {
                indexes.put(spec.path(), new SuppressionIndex(spec, today, ran));
            }
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        List<Suppressed> suppressed = new ArrayList<>();
        for (Finding finding : findings) {
            SuppressionIndex index = indexes.get(finding.path());
            Optional<Suppression> by = index == null ? Optional.empty() : index.match(finding);
            if (by.isPresent()) {
                suppressed.add(new Suppressed(finding, by.get()));
            } else {
                kept.add(finding);
            }
        }
        return new SuppressionMatch(indexes, kept, suppressed);
    }

    /** How the spec's suppressions were applied; empty for a spec without speclint comments. */
    public Optional<SuppressionUse> use(SpecDocument spec) {
        return Optional.ofNullable(indexes.get(spec.path()));
    }

    /** The findings no suppression silenced, in the order given. */
    public List<Finding> kept() {
        return kept;
    }

    public List<Suppressed> suppressed() {
        return suppressed;
    }
}
