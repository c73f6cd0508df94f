package io.github.speclint.adopt;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.reference.Closest;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The severities a team gives rules: each rule id set to error, warning, info or off. Rules not named keep their
 * built-in severity. Unknown ids and levels are configuration errors that name what is known.
 */
public final class RuleSeverities {

    /** Every rule at its built-in severity. */
    public static final RuleSeverities DEFAULTS = new RuleSeverities(Map.of());

    /** Edit distances are quadratic; nobody mistypes a rule id into a paragraph. */
    private static final int MAX_SUGGESTED_LENGTH = 64;

    private final Map<String, RuleLevel> levels;

    private RuleSeverities(Map<String, RuleLevel> levels) {
        this.levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /**
     * @param entries rule id to level, as the user wrote them
     * @param source  where they were written, for messages: "speclint.yml", "the POM's <rules>", ...
     * @param known   the rules of this run; the ids users may name
     * @throws IllegalArgumentException naming the unknown id or level and what is known
     */
    public static RuleSeverities of(Map<String, String> entries, String source, Collection<RuleInfo> known) {
        List<String> ids = known.stream().map(RuleInfo::id).toList();
        Map<String, RuleLevel> levels = new LinkedHashMap<>();
        entries.forEach((rawId, rawLevel) -> {
            String id = rawId == null ? "" : rawId.strip();
            if (!ids.contains(id)) {
                throw new IllegalArgumentException(String.format("unknown rule \"%s\" in %s%s; the rules are %s",
                        id, source, suggestion(id, ids), String.join(", ", ids)));
            }
            String level = rawLevel == null ? "" : rawLevel;
            levels.put(id, RuleLevel.named(level).orElseThrow(() -> new IllegalArgumentException(String.format(
                    "rule %s is set to \"%s\" in %s; use %s", id, level.strip(), source, RuleLevel.NAMES))));
        });
        return new RuleSeverities(levels);
    }

    /**
     * Reads the command-line form {@code section-unknown:off,table-columns:warning}.
     *
     * @throws IllegalArgumentException when an entry is not {@code rule:level}
     */
    public static Map<String, String> parseList(String list, String source) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(String.format("\"%s\" in %s is not rule:level (for example "
                        + "section-unknown:off)", entry.strip(), source));
            }
            entries.put(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
        }
        return entries;
    }

    /** These settings with {@code other}'s laid over them: where both name a rule, {@code other} wins. */
    public RuleSeverities overriddenBy(RuleSeverities other) {
        Map<String, RuleLevel> merged = new LinkedHashMap<>(levels);
        merged.putAll(other.levels);
        return new RuleSeverities(merged);
    }

    /** False when the rule is set to off. */
    public boolean runs(RuleInfo rule) {
        return levels.get(rule.id()) != RuleLevel.OFF;
    }

    /** The severity the rule's findings carry in this run. */
    public Severity severity(RuleInfo rule) {
        RuleLevel level = levels.get(rule.id());
        return level == null ? rule.severity() : level.severity().orElse(rule.severity());
    }

    /** The rules whose severity differs from the built-in one, with the severity they run at. */
    public Map<String, Severity> changed(Collection<RuleInfo> rules) {
        return rules.stream().filter(this::runs).filter(rule -> severity(rule) != rule.severity())
                .collect(Collectors.toMap(RuleInfo::id, this::severity, (a, b) -> a, LinkedHashMap::new));
    }

    public boolean isDefault() {
        return levels.isEmpty();
    }

    /** " (did you mean section-unknown?)" when an id is a near miss of a known one. */
    static String suggestion(String typed, List<String> ids) {
        if (typed.length() > MAX_SUGGESTED_LENGTH) {
            return "";
        }
        String closest = Closest.to(typed, ids);
        return closest != null && Closest.distance(typed, closest) <= Math.max(2, typed.length() / 4)
                ? " (did you mean " + closest + "?)" : "";
    }

    @Override
    public String toString() {
        return levels.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().label())
                .collect(Collectors.joining(","));
    }

    /** The level a rule is set to, for tests and messages; empty when the rule keeps its built-in severity. */
    Optional<String> level(String ruleId) {
        return Optional.ofNullable(levels.get(ruleId)).map(RuleLevel::label);
    }
}
