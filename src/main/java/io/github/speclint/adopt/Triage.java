package io.github.speclint.adopt;

import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.RuleSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What became of each finding of a run: counted (it can fail the build), known from the baseline (listed, not
 * failing), or suppressed by a comment; and the baseline entries no longer found, so the baseline can be tightened.
 *
 * @param counted      the findings that count, sorted
 * @param known        findings the baseline lists, sorted
 * @param suppressed   findings a comment silenced, sorted
 * @param absent       baseline entries whose finding no longer occurs
 * @param baselineUsed whether the run held its findings against a baseline
 * @param fingerprints a stable name for each finding above
 */
public record Triage(List<Finding> counted, List<Finding> known, List<Suppressed> suppressed,
                     List<Baseline.Entry> absent, boolean baselineUsed, Fingerprints fingerprints) {

    public Triage {
        counted = List.copyOf(counted);
        known = List.copyOf(known);
        suppressed = List.copyOf(suppressed);
        absent = List.copyOf(absent);
    }

    /**
     * @param kept       the findings no comment silenced
     * @param suppressed those a comment silenced
     * @param leftOut    the paths of specs includes/excludes left out: their entries were not checked, so they are
     *                   not absent
     */
    public static Triage of(List<Finding> kept, List<Suppressed> suppressed, Collection<SpecDocument> specs,
                            Optional<Baseline> baseline, Set<String> leftOut) {
        List<Finding> all = new ArrayList<>(kept);
        suppressed.forEach(s -> all.add(s.finding()));
        all.sort(Finding.ORDER);
        Fingerprints fingerprints = Fingerprints.of(all, specs);
        List<Finding> sortedKept = kept.stream().sorted(Finding.ORDER).toList();
        List<Suppressed> sortedSuppressed = suppressed.stream()
                .sorted((a, b) -> Finding.ORDER.compare(a.finding(), b.finding())).toList();
        if (baseline.isEmpty()) {
            return new Triage(sortedKept, List.of(), sortedSuppressed, List.of(), false, fingerprints);
        }
        Map<String, Baseline.Entry> unmatched = new LinkedHashMap<>();
        baseline.get().entries().forEach(entry -> unmatched.putIfAbsent(entry.fingerprint(), entry));
        // a finding silenced since the baseline was written still occurs: its entry is not absent, only redundant
        sortedSuppressed.forEach(s -> unmatched.remove(fingerprints.of(s.finding())));
        List<Finding> counted = new ArrayList<>();
        List<Finding> known = new ArrayList<>();
        for (Finding finding : sortedKept) {
            boolean accepted = RuleSet.acceptable(finding.ruleId())
                    && unmatched.remove(fingerprints.of(finding)) != null;
            (accepted ? known : counted).add(finding);
        }
        List<Baseline.Entry> absent = unmatched.values().stream().filter(entry -> !leftOut.contains(entry.path()))
                .toList();
        return new Triage(counted, known, sortedSuppressed, absent, true, fingerprints);
    }

    /** Every finding counted, none suppressed, no baseline: a run before any adoption. */
    public static Triage untriaged(List<Finding> findings, Collection<SpecDocument> specs) {
        return of(findings, List.of(), specs, Optional.empty(), Set.of());
    }
}
