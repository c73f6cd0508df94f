package io.github.speclint.schema;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads {@code smaqit.yaml}, the built-in schemas and the conventions, from the plugin's own jar. */
final class BuiltInSchemas {

    private static final String RESOURCE = "smaqit.yaml";
    private static final Map<String, Object> DATA = read();

    private BuiltInSchemas() {
    }

    @SuppressWarnings("unchecked")
    static SchemaConventions conventions() {
        return new SchemaConventions((Map<String, Object>) DATA.get("conventions"));
    }

    @SuppressWarnings("unchecked")
    static SchemaCatalog load(SchemaConventions conventions) {
        Map<Profile, List<LayerDraft>> drafts = new LinkedHashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) DATA.get("profiles")) {
            Profile profile = Profile.builtIn((String) entry.get("name"), (List<String>) entry.get("versions"));
            List<String> frontMatter = (List<String>) entry.get("frontMatter");
            List<LayerDraft> layers = new ArrayList<>();
            ((Map<String, Map<String, Object>>) entry.get("layers")).forEach((folder, layer) -> layers.add(
                    new LayerDraft(folder, (String) layer.get("prefix"), titleStyle((String) layer.get("title")),
                            (List<String>) layer.get("references"), frontMatter,
                            sections((List<Map<String, Object>>) layer.get("sections"), 2), Set.of())));
            drafts.put(profile, layers);
        }
        return SchemaCatalog.of(drafts, conventions).withDefault((String) DATA.get("defaultProfile"));
    }

    private static TitleStyle titleStyle(String name) {
        return TitleStyle.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @SuppressWarnings("unchecked")
    private static List<SectionRule> sections(List<Map<String, Object>> entries, int level) {
        List<SectionRule> rules = new ArrayList<>();
        if (entries == null) {
            return rules;
        }
        for (Map<String, Object> entry : entries) {
            boolean userNamed = entry.containsKey("any");
            String heading = (String) (userNamed ? entry.get("any") : entry.get("heading"));
            rules.add(new SectionRule(heading, userNamed, Boolean.TRUE.equals(entry.get("optional")), level,
                    tables((List<Map<String, Object>>) entry.get("tables")),
                    sections((List<Map<String, Object>>) entry.get("children"), level + 1)));
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    private static List<TableRule> tables(List<Map<String, Object>> entries) {
        List<TableRule> tables = new ArrayList<>();
        if (entries != null) {
            for (Map<String, Object> entry : entries) {
                tables.add(new TableRule((String) entry.getOrDefault("label", ""),
                        (List<String>) entry.get("columns"), Boolean.TRUE.equals(entry.get("optional")),
                        rows((List<Object>) entry.get("rows"))));
            }
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static List<RowRule> rows(List<Object> entries) {
        List<RowRule> rows = new ArrayList<>();
        if (entries != null) {
            for (Object entry : entries) {
                rows.add(entry instanceof Map<?, ?> row
                        ? new RowRule((String) row.get("row"), Boolean.TRUE.equals(row.get("optional")))
                        : new RowRule((String) entry, false));
            }
        }
        return rows;
    }

    private static Map<String, Object> read() {
        LoaderOptions options = new LoaderOptions();
        // the schema shares its sections between profiles by YAML anchors; it is our own file, not user input
        options.setMaxAliasesForCollections(500);
        try (InputStream in = BuiltInSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in schema " + RESOURCE);
            }
            return new Yaml(new SafeConstructor(options)).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
