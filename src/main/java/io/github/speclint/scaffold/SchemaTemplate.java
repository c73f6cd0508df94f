package io.github.speclint.scaffold;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.schema.LayerSchema;
import io.github.speclint.schema.RowRule;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.ScaffoldConventions;
import io.github.speclint.schema.SectionRule;
import io.github.speclint.schema.TableRule;
import io.github.speclint.schema.TitleStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a template from a built-in schema, which holds headings and tables but no template text: every section in
 * order with a placeholder of speclint's own words where content belongs, each table with its columns, fixed rows and
 * a row of placeholders, and a footer naming the smaqit version the spec is checked as.
 */
public final class SchemaTemplate {

    /** The token that stands for the concept, as in smaqit's templates; {@link TemplateFill} replaces it. */
    static final String CONCEPT = "[CONCEPT]";

    private final LayerSchema schema;
    private final Layers layers;
    private final ScaffoldConventions scaffold;
    private final List<String> lines = new ArrayList<>();

    private SchemaTemplate(LayerSchema schema, Layers layers, ScaffoldConventions scaffold) {
        this.schema = schema;
        this.layers = layers;
        this.scaffold = scaffold;
    }

    /**
     * @param footerVersion the version the footer names, such as {@code v1.0}
     */
    public static SpecTemplate of(LayerSchema schema, Layers layers, ScaffoldConventions scaffold,
                                  String footerVersion) {
        SchemaTemplate writer = new SchemaTemplate(schema, layers, scaffold);
        writer.frontMatter();
        writer.title();
        schema.sections().forEach(rule -> writer.section(rule, false));
        writer.lines.add("---");
        writer.lines.add("");
        writer.lines.add("*Generated with smaqit " + footerVersion + "*");
        return SpecTemplate.of(schema.describe(), String.join("\n", writer.lines) + "\n");
    }

    private void frontMatter() {
        lines.add("---");
        for (String key : schema.requiredFrontMatter()) {
            String value = scaffold.frontMatter().getOrDefault(key, "");
            lines.add(key + ": " + (key.equals("id") ? prefix() + "-" + CONCEPT
                    : value.isEmpty() || value.contains("{") ? token(key) : value));
        }
        lines.add("---");
        lines.add("");
    }

    private void title() {
        lines.add(schema.titleStyle() == TitleStyle.USE_CASE ? "# UC[N]-" + CONCEPT + ": [USE_CASE_NAME]"
                : "# [TITLE]");
        lines.add("");
    }

    private void section(SectionRule rule, boolean underReferences) {
        if (!rule.userNamed() && rule.optional() && scaffold.leftOut(rule.heading())) {
            return;
        }
        lines.add("#".repeat(rule.level()) + " " + (rule.userNamed() ? token(rule.heading() + " name")
                : rule.heading()));
        lines.add("");
        boolean references = underReferences || Headings.matches(rule.heading(), SchemaCatalog.conventions().references())
                && !schema.referenceFolders().isEmpty();
        List<SectionRule> children = rule.children().stream()
                .filter(child -> child.userNamed() || !child.optional() || !scaffold.leftOut(child.heading()))
                .toList();
        if (references) {
            if (children.isEmpty()) {
                links(rule);
            }
        } else if (scaffold.isCriteria(rule.heading())) {
            lines.add("- [ ] " + prefix() + "-" + CONCEPT + "-001: [A condition a test can check]");
            lines.add("");
        } else if (!rule.tables().isEmpty()) {
            rule.tables().forEach(this::table);
        } else if (children.isEmpty()) {
            lines.add(rule.userNamed() ? "[Describe this " + rule.heading() + "]"
                    : "[Write the " + rule.heading() + " section" + (rule.optional()
                    ? ", or delete it if it does not apply]" : "]"));
            lines.add("");
        }
        children.forEach(child -> section(child, references));
    }

    /** A placeholder link per layer the section stands for: the one it names, the spec's own, or every upstream. */
    private void links(SectionRule rule) {
        List<Layer> targets = new ArrayList<>();
        Layer own = schema.layer();
        layers.byFolder(rule.heading().toLowerCase(Locale.ROOT)).ifPresentOrElse(targets::add, () -> {
            if (scaffold.linksSameLayer(rule.heading())) {
                targets.add(own);
            } else {
                schema.referenceFolders().forEach(folder -> layers.byFolder(folder).ifPresent(targets::add));
            }
        });
        for (Layer target : targets) {
            boolean same = target.equals(own);
            lines.add("- [" + target.prefix() + "-[" + (same ? "FOUNDATION" : "UPSTREAM") + "_CONCEPT]]("
                    + (same ? "./" : "../" + target.folder() + "/") + "[" + (same ? "FOUNDATION" : "UPSTREAM")
                    + "_FILE].md) — [What this spec takes from it]");
        }
        lines.add("");
    }

    private void table(TableRule table) {
        if (!table.label().isEmpty()) {
            lines.add("**" + table.label() + ":**");
            lines.add("");
        }
        List<String> columns = table.columns();
        lines.add(row(columns));
        lines.add(row(columns.stream().map(column -> "---").toList()));
        List<RowRule> fixed = table.rows().stream().filter(row -> !row.optional()).toList();
        if (fixed.isEmpty()) {
            lines.add(row(columns.stream().map(SchemaTemplate::token).toList()));
        }
        for (RowRule row : fixed) {
            List<String> cells = new ArrayList<>(columns.stream().map(SchemaTemplate::token).toList());
            cells.set(0, row.label());
            lines.add(row(cells));
        }
        lines.add("");
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    /** {@code [SOURCE_SPEC]} for "Source Spec": a placeholder that says what the cell holds. */
    static String token(String words) {
        String name = words.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        return "[" + (name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "VALUE" : name) + "]";
    }

    private String prefix() {
        return schema.layer().prefix();
    }
}
