package io.github.speclint.rules;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Section;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.OutlineMatch.Duplicate;
import io.github.speclint.rules.OutlineMatch.Matched;
import io.github.speclint.rules.OutlineMatch.Missing;
import io.github.speclint.rules.OutlineMatch.OutOfOrder;
import io.github.speclint.rules.OutlineMatch.WrongLevel;
import io.github.speclint.schema.LayerSchema;
import io.github.speclint.schema.SectionRule;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a spec's section tree against its template, level by level. A required section not found under its
 * parent is then looked for among the sections nothing claimed, so that a section written at the wrong level is
 * reported as that and not as both missing and unknown.
 */
final class OutlineMatcher {

    private final List<Matched> matched = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();
    private final List<WrongLevel> wrongLevel = new ArrayList<>();
    private final List<Section> unmatched = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<OutOfOrder> outOfOrder = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(SectionRule rule, Section parent, Section neighbour, boolean after, boolean excused) {
    }

    static OutlineMatch match(SpecDocument spec, LayerSchema schema) {
        OutlineMatcher matcher = new OutlineMatcher();
        matcher.matchLevel(schema.sections(), spec.sections(), null, false);
        matcher.resolvePending();
        return new OutlineMatch(matcher.matched, matcher.missing, matcher.wrongLevel, matcher.unmatched,
                matcher.duplicates, matcher.outOfOrder);
    }

    private void matchLevel(List<SectionRule> rules, List<Section> sections, Section parent, boolean excused) {
        if (rules.isEmpty()) {
            // most levels are leaves the template leaves open: nothing can match, be missing or be out of order
            unmatched.addAll(sections);
            return;
        }
        Map<SectionRule, List<Section>> byRule = new IdentityHashMap<>(rules.size());
        SectionRule userNamed = firstUserNamed(rules);
        for (Section section : sections) {
            SectionRule rule = namedRule(rules, section.title());
            if (rule == null && userNamed != null && section.level() == userNamed.level()) {
                rule = userNamed;
            }
            if (rule == null) {
                unmatched.add(section);
                continue;
            }
            List<Section> earlier = byRule.computeIfAbsent(rule, r -> new ArrayList<>());
            Section twin = rule.userNamed() ? null : twin(earlier, section);
            if (twin != null) {
                duplicates.add(new Duplicate(rule, twin, section));
                continue;
            }
            earlier.add(section);
            if (section.level() != rule.level()) {
                wrongLevel.add(new WrongLevel(rule, section));
            }
            claim(rule, section, parent, excused);
        }
        checkOrder(rules, byRule);
        for (int i = 0; i < rules.size(); i++) {
            SectionRule rule = rules.get(i);
            if (byRule.containsKey(rule)) {
                continue;
            }
            Section before = present(rules, byRule, i, -1);
            Section neighbour = before != null ? before : present(rules, byRule, i, 1);
            if (rule.userNamed()) {
                if (!rule.optional() && !excused) {
                    missing.add(new Missing(rule, parent, neighbour, before != null));
                }
            } else {
                pending.add(new Pending(rule, parent, neighbour, before != null, excused));
            }
        }
    }

    /** The nearest template section found in place, looking back (its last occurrence) or ahead (its first). */
    private static Section present(List<SectionRule> rules, Map<SectionRule, List<Section>> byRule, int from,
                                   int step) {
        for (int i = from + step; i >= 0 && i < rules.size(); i += step) {
            List<Section> found = byRule.get(rules.get(i));
            if (found != null) {
                return step < 0 ? found.get(found.size() - 1) : found.get(0);
            }
        }
        return null;
    }

    private void claim(SectionRule rule, Section section, Section parent, boolean excused) {
        matched.add(new Matched(rule, section, parent));
        matchLevel(rule.children(), section.children(), section, excused || section.notApplicable());
    }

    /** Required sections not found in place: found elsewhere they are at the wrong level, else they are missing. */
    private void resolvePending() {
        for (int i = 0; i < pending.size(); i++) {
            Pending next = pending.get(i);
            Optional<Section> elsewhere = findUnclaimed(next.rule().heading(), unmatched);
            if (elsewhere.isPresent()) {
                unmatched.remove(elsewhere.get());
                wrongLevel.add(new WrongLevel(next.rule(), elsewhere.get()));
                claim(next.rule(), elsewhere.get(), next.parent(), next.excused());
            } else if (!next.rule().optional() && !next.excused()) {
                missing.add(new Missing(next.rule(), next.parent(), next.neighbour(), next.after()));
            }
        }
    }

    private static Optional<Section> findUnclaimed(String heading, List<Section> sections) {
        for (Section section : sections) {
            if (Headings.matches(section.title(), heading)) {
                return Optional.of(section);
            }
            Optional<Section> nested = findUnclaimed(heading, section.children());
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /**
     * Sections off the longest run that follows template order are out of order; each is reported with the
     * in-order neighbours it belongs between.
     */
    private void checkOrder(List<SectionRule> rules, Map<SectionRule, List<Section>> byRule) {
        List<Section> inTemplateOrder = new ArrayList<>();
        for (SectionRule rule : rules) {
            if (!rule.userNamed() && byRule.containsKey(rule)) {
                inTemplateOrder.add(byRule.get(rule).get(0));
            }
        }
        boolean[] ordered = longestIncreasingRun(inTemplateOrder);
        for (int i = 0; i < inTemplateOrder.size(); i++) {
            if (!ordered[i]) {
                outOfOrder.add(new OutOfOrder(inTemplateOrder.get(i), neighbour(inTemplateOrder, ordered, i, -1),
                        neighbour(inTemplateOrder, ordered, i, 1)));
            }
        }
    }

    private static Section neighbour(List<Section> sections, boolean[] ordered, int from, int step) {
        for (int i = from + step; i >= 0 && i < sections.size(); i += step) {
            if (ordered[i]) {
                return sections.get(i);
            }
        }
        return null;
    }

    private static boolean[] longestIncreasingRun(List<Section> sections) {
        int n = sections.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (line(sections.get(j)) < line(sections.get(i)) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        boolean[] ordered = new boolean[n];
        for (int i = best; i >= 0; i = previous[i]) {
            ordered[i] = true;
        }
        return ordered;
    }

    private static int line(Section section) {
        return section.position().line();
    }

    private static SectionRule firstUserNamed(List<SectionRule> rules) {
        for (SectionRule rule : rules) {
            if (rule.userNamed()) {
                return rule;
            }
        }
        return null;
    }

    /** The template section a heading names, or null; plain loops, as this runs for every heading of every spec. */
    private static SectionRule namedRule(List<SectionRule> rules, String title) {
        for (SectionRule rule : rules) {
            if (!rule.userNamed() && Headings.matches(title, rule.heading())) {
                return rule;
            }
        }
        return null;
    }

    private static Section twin(List<Section> earlier, Section section) {
        for (Section first : earlier) {
            if (sameQualifier(first, section)) {
                return first;
            }
        }
        return null;
    }

    private static boolean sameQualifier(Section a, Section b) {
        return Headings.qualifier(a.title()).equalsIgnoreCase(Headings.qualifier(b.title()));
    }
}
