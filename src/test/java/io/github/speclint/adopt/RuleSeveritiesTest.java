package io.github.speclint.adopt;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSeveritiesTest {

    private static final RuleInfo TABLE_COLUMNS = rule("table-columns");
    private static final RuleInfo SECTION_UNKNOWN = rule("section-unknown");

    @Test
    void aRuleTakesTheSeverityItIsSetToAndOffStopsIt() {
        RuleSeverities severities = RuleSeverities.of(Map.of("table-columns", "warning", "section-unknown", "OFF"),
                "test", RuleSet.all());

        assertEquals(Severity.WARNING, severities.severity(TABLE_COLUMNS));
        assertFalse(severities.runs(SECTION_UNKNOWN));
        assertTrue(severities.runs(TABLE_COLUMNS));
        assertEquals(Severity.ERROR, severities.severity(rule("section-missing")), "unnamed rules keep theirs");
        assertEquals(Map.of("table-columns", Severity.WARNING), severities.changed(RuleSet.all()));
    }

    @Test
    void anUnknownRuleIdNamesTheKnownOnesAndTheNearestOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RuleSeverities.of(
                Map.of("section-unkown", "off"), "speclint.rules", RuleSet.all()));

        assertTrue(error.getMessage().startsWith("unknown rule \"section-unkown\" in speclint.rules (did you mean "
                + "section-unknown?); the rules are file-unreadable, frontmatter-missing, "), error.getMessage());
        for (RuleInfo rule : RuleSet.all()) {
            assertTrue(error.getMessage().contains(rule.id()), rule.id());
        }
    }

    @Test
    void anUnknownLevelNamesTheLevels() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RuleSeverities.of(
                Map.of("table-columns", "fatal"), "speclint.yml", RuleSet.all()));

        assertEquals("rule table-columns is set to \"fatal\" in speclint.yml; use error, warning, info or off",
                error.getMessage());
    }

    @Test
    void theCommandLineFormIsAListOfRuleColonLevel() {
        assertEquals(Map.of("section-unknown", "off", "table-columns", "warning"),
                RuleSeverities.parseList(" section-unknown:off, table-columns : warning,,", "speclint.rules"));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RuleSeverities.parseList("section-unknown=off", "speclint.rules"));
        assertEquals("\"section-unknown=off\" in speclint.rules is not rule:level (for example section-unknown:off)",
                error.getMessage());
    }

    @Test
    void laterSettingsWinRuleByRule() {
        Map<String, String> file = new LinkedHashMap<>();
        file.put("table-columns", "info");
        file.put("section-unknown", "off");
        RuleSeverities merged = RuleSeverities.of(file, "speclint.yml", RuleSet.all())
                .overriddenBy(RuleSeverities.of(Map.of("table-columns", "warning"), "pom", RuleSet.all()));

        assertEquals(Severity.WARNING, merged.severity(TABLE_COLUMNS));
        assertFalse(merged.runs(SECTION_UNKNOWN));
    }

    @Test
    void aLongMistypedIdIsNotComparedWithEveryRule() {
        String typed = "x".repeat(100_000);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RuleSeverities.of(Map.of(typed, "off"), "test", List.of(TABLE_COLUMNS)));

        assertFalse(error.getMessage().contains("did you mean"));
    }

    private static RuleInfo rule(String id) {
        return RuleSet.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
