package io.github.speclint.schema;

import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The built-in smaqit schemas, read once from {@code smaqit.yaml} beside this class. */
public final class SchemaCatalog {

    private static final String RESOURCE = "smaqit.yaml";

    private final Map<String, Profile> profiles;
    private final Profile defaultProfile;
    private final Layers layers;
    private final Map<Layer, LayerLayout> layouts;

    private SchemaCatalog(Map<String, Profile> profiles, Profile defaultProfile, Layers layers,
                          Map<Layer, LayerLayout> layouts) {
        this.profiles = profiles;
        this.defaultProfile = defaultProfile;
        this.layers = layers;
        this.layouts = layouts;
    }

    public static SchemaCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    /** The layers this catalog has schemas for, in chain order. */
    public Layers layers() {
        return layers;
    }

    public Optional<Profile> profile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    public List<String> profileNames() {
        return List.copyOf(profiles.keySet());
    }

    /** The profile a spec's footer version names, else the default one. */
    public Profile profileForVersion(Optional<String> footerVersion) {
        return footerVersion.flatMap(version -> profiles.values().stream().filter(p -> p.covers(version)).findFirst())
                .orElse(defaultProfile);
    }

    public LayerSchema schema(Layer layer, Profile profile) {
        LayerLayout layout = layouts.get(layer);
        return new LayerSchema(layer, profile, layout.titleStyle(), layout.referenceFolders(), layout.sections());
    }

    private record LayerLayout(TitleStyle titleStyle, List<String> referenceFolders, List<SectionRule> sections) {
    }

    private static final class Holder {
        static final SchemaCatalog BUILT_IN = load();
    }

    @SuppressWarnings("unchecked")
    private static SchemaCatalog load() {
        Map<String, Object> root;
        try (InputStream in = SchemaCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in schema " + RESOURCE);
            }
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (Map<String, Object> entry : (List<Map<String, Object>>) root.get("profiles")) {
            Profile profile = new Profile((String) entry.get("name"), (List<String>) entry.get("versions"),
                    (List<String>) entry.get("requiredFrontMatter"));
            profiles.put(profile.name(), profile);
        }
        Map<String, Map<String, Object>> entries = (Map<String, Map<String, Object>>) root.get("layers");
        List<LayerChain.Declared> declared = new ArrayList<>();
        entries.forEach((folder, entry) -> declared.add(new LayerChain.Declared(folder, (String) entry.get("prefix"),
                (List<String>) entry.get("references"))));
        Layers layers = LayerChain.of(declared);
        Map<Layer, LayerLayout> layouts = new HashMap<>();
        for (Layer layer : layers.all()) {
            Map<String, Object> spec = entries.get(layer.folder());
            TitleStyle title = TitleStyle.valueOf(((String) spec.get("title")).toUpperCase(Locale.ROOT)
                    .replace('-', '_'));
            layouts.put(layer, new LayerLayout(title, (List<String>) spec.get("references"),
                    sections((List<Map<String, Object>>) spec.get("sections"), 2)));
        }
        return new SchemaCatalog(profiles, profiles.get((String) root.get("defaultProfile")), layers, layouts);
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
                        (List<String>) entry.get("columns"), Boolean.TRUE.equals(entry.get("optional"))));
            }
        }
        return tables;
    }
}
