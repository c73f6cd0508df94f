package io.github.speclint.schema;

import io.github.speclint.model.Headings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * smaqit's rules for reading any template, kept as data beside the built-in schemas: which guidance makes a section
 * optional, which section holds the upstream links, and the roles smaqit gives some sections beyond what a template
 * shows. Applied alike to the built-in schemas and to those derived from a project's templates.
 */
public final class SchemaConventions {

    private final List<String> optionalWhen;
    private final Pattern alternativesWhen;
    private final String references;
    private final Map<String, List<String>> extraSections;
    private final Map<String, String> userNamed;
    private final List<String> optionalTables;
    private final ScaffoldConventions scaffold;

    @SuppressWarnings("unchecked")
    SchemaConventions(Map<String, Object> data) {
        this.optionalWhen = ((List<String>) data.get("optionalWhen")).stream()
                .map(marker -> marker.toLowerCase(Locale.ROOT)).toList();
        this.alternativesWhen = Pattern.compile((String) data.get("alternativesWhen"), Pattern.CASE_INSENSITIVE);
        this.references = (String) data.get("references");
        this.extraSections = Map.copyOf((Map<String, List<String>>) data.get("extraSections"));
        this.userNamed = Map.copyOf((Map<String, String>) data.get("userNamed"));
        this.optionalTables = List.copyOf((List<String>) data.get("optionalTables"));
        this.scaffold = new ScaffoldConventions((Map<String, Object>) data.get("scaffold"));
    }

    /** True when the template's own words (a comment, a note, a table cell) say the thing may be left out. */
    public boolean saysOptional(String guidance) {
        String text = guidance.toLowerCase(Locale.ROOT);
        return optionalWhen.stream().anyMatch(text::contains);
    }

    /** The sub-section names that guidance such as "Use Implements for feature specs" offers as alternatives. */
    public List<String> alternativesNamedIn(String guidance) {
        List<String> names = new ArrayList<>();
        var matcher = alternativesWhen.matcher(guidance);
        while (matcher.find()) {
            names.add(matcher.group(1).strip());
        }
        return names;
    }

    /** How new specs start and how sections are written without a project template. */
    public ScaffoldConventions scaffold() {
        return scaffold;
    }

    /** The heading of the section whose links name the upstream layers. */
    public String references() {
        return references;
    }

    /** The sections with the conventions applied, at every depth. */
    List<SectionRule> apply(List<SectionRule> sections) {
        return sections.stream().map(this::apply).toList();
    }

    private SectionRule apply(SectionRule rule) {
        List<SectionRule> children = apply(rule.children());
        if (!rule.userNamed()) {
            if (Headings.matches(rule.heading(), references)) {
                children = allOptional(children);
            }
            String named = lookup(userNamed, rule.heading());
            if (named != null) {
                children = List.of(new SectionRule(named, true, true, rule.level() + 1, List.of(), List.of()));
            }
            List<String> extras = lookup(extraSections, rule.heading());
            if (extras != null) {
                children = withExtras(children, extras, rule.level() + 1);
            }
        }
        List<TableRule> tables = rule.tables().stream()
                .map(table -> optionalTables.contains(table.label()) ? table.asOptional() : table).toList();
        return new SectionRule(rule.heading(), rule.userNamed(), rule.optional(), rule.level(), tables, children);
    }

    /** The sections and everything under them optional: under References, headings only group links. */
    private static List<SectionRule> allOptional(List<SectionRule> sections) {
        return sections.stream().map(rule -> new SectionRule(rule.heading(), rule.userNamed(), true, rule.level(),
                rule.tables(), allOptional(rule.children()))).toList();
    }

    private static List<SectionRule> withExtras(List<SectionRule> children, List<String> extras, int level) {
        List<SectionRule> all = new ArrayList<>(children);
        for (String extra : extras) {
            if (children.stream().noneMatch(child -> !child.userNamed() && Headings.matches(child.heading(), extra))) {
                all.add(new SectionRule(extra, false, true, level, List.of(), List.of()));
            }
        }
        return all;
    }

    private static <T> T lookup(Map<String, T> byHeading, String heading) {
        for (Map.Entry<String, T> entry : byHeading.entrySet()) {
            if (Headings.matches(heading, entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }
}
