package io.github.speclint.schema;

import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The layer schemas of a run: smaqit's built-in ones (a profile per smaqit version, read once from
 * {@code smaqit.yaml} beside this class), or those derived from a project's own templates (one profile).
 */
public final class SchemaCatalog {

    private final Layers layers;
    private final Map<String, Profile> profiles;
    private final Profile defaultProfile;
    private final Map<Profile, Map<Layer, LayerSchema>> schemas;
    private final String source;

    private SchemaCatalog(Layers layers, Map<String, Profile> profiles, Profile defaultProfile,
                          Map<Profile, Map<Layer, LayerSchema>> schemas, String source) {
        this.layers = layers;
        this.profiles = profiles;
        this.defaultProfile = defaultProfile;
        this.schemas = schemas;
        this.source = source;
    }

    /** The {@link #source()} of the built-in schemas, known without reading them. */
    public static final String BUILT_IN_SOURCE = "built-in";

    /**
     * Where the schemas came from, as precisely as a cache of lint results needs it: "built-in" (speclint's own,
     * which change only with speclint, their default profile included), or the templates folder with a digest of its
     * templates' text.
     */
    public String source() {
        return source.equals(BUILT_IN_SOURCE) ? source : source + ", default profile " + defaultProfile.name();
    }

    SchemaCatalog withSource(String newSource) {
        return new SchemaCatalog(layers, profiles, defaultProfile, schemas, newSource);
    }

    public static SchemaCatalog builtIn() {
        return Holder.BUILT_IN;
    }

    /** smaqit's conventions for reading templates, kept with the built-in schemas. */
    public static SchemaConventions conventions() {
        return Holder.CONVENTIONS;
    }

    /**
     * A catalog of one or more profiles over the same drafted layers; the first profile is the default.
     *
     * @throws IllegalArgumentException when the layers' references name a layer that has no draft or go round
     */
    static SchemaCatalog of(Map<Profile, List<LayerDraft>> drafts, SchemaConventions conventions) {
        List<LayerDraft> first = drafts.values().iterator().next();
        Layers layers = LayerChain.of(first.stream().map(LayerDraft::declared).toList());
        Map<String, Profile> profiles = new LinkedHashMap<>();
        Map<Profile, Map<Layer, LayerSchema>> schemas = new LinkedHashMap<>();
        drafts.forEach((profile, layerDrafts) -> {
            profiles.put(profile.name(), profile);
            Map<Layer, LayerSchema> byLayer = new LinkedHashMap<>();
            for (LayerDraft draft : layerDrafts) {
                Layer layer = layers.byFolder(draft.folder()).orElseThrow(() -> new IllegalArgumentException(
                        "profile " + profile.name() + " has a layer " + draft.folder() + " the first one lacks"));
                byLayer.put(layer, new LayerSchema(layer, profile, draft.titleStyle(), draft.references(),
                        draft.frontMatter(), conventions.apply(draft.sections()), draft.placeholders()));
            }
            schemas.put(profile, byLayer);
        });
        return new SchemaCatalog(layers, profiles, profiles.values().iterator().next(), schemas, BUILT_IN_SOURCE);
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

    /** The catalog with another default profile: the one used when no footer names a version. */
    SchemaCatalog withDefault(String name) {
        return new SchemaCatalog(layers, profiles, profiles.get(name), schemas, source);
    }

    /** The profile a spec's footer version names, else the default one. */
    public Profile profileForVersion(Optional<String> footerVersion) {
        return footerVersion.flatMap(version -> profiles.values().stream().filter(p -> p.covers(version)).findFirst())
                .orElse(defaultProfile);
    }

    /**
     * The bracketed phrases of the layer's templates, which are placeholders wherever they stand in a spec; none for
     * the built-in schemas, which find placeholders by the template conventions.
     */
    public Set<String> placeholders(Layer layer) {
        Set<String> phrases = new HashSet<>();
        schemas.values().forEach(byLayer -> {
            LayerSchema schema = byLayer.get(layer);
            if (schema != null) {
                phrases.addAll(schema.placeholders());
            }
        });
        return phrases;
    }

    /** Every layer's schema under the profile, in chain order. */
    public List<LayerSchema> schemas(Profile profile) {
        List<LayerSchema> all = new ArrayList<>();
        for (Layer layer : layers.all()) {
            all.add(schema(layer, profile));
        }
        return all;
    }

    public LayerSchema schema(Layer layer, Profile profile) {
        LayerSchema schema = schemas.getOrDefault(profile, Map.of()).get(layer);
        if (schema == null) {
            throw new IllegalArgumentException("no " + layer.folder() + " schema in profile " + profile.name());
        }
        return schema;
    }

    private static final class Holder {
        static final SchemaConventions CONVENTIONS = BuiltInSchemas.conventions();
        static final SchemaCatalog BUILT_IN = BuiltInSchemas.load(CONVENTIONS);
    }
}
