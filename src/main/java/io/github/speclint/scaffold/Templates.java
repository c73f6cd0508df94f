package io.github.speclint.scaffold;

import io.github.speclint.schema.LayerSchema;
import io.github.speclint.schema.Profile;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.ScaffoldConventions;
import io.github.speclint.schema.TemplateSchemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The template text a layer's specs are written from: the project's own template file when its templates are the
 * schema, else one written from the built-in schema. Each is read or written once per run.
 */
public final class Templates {

    private final SchemaCatalog catalog;
    private final Optional<Path> folder;
    private final Map<String, SpecTemplate> read = new ConcurrentHashMap<>();

    /** @param folder the folder of the project's templates when they are the schema */
    public Templates(SchemaCatalog catalog, Optional<Path> folder) {
        this.catalog = catalog;
        this.folder = folder;
    }

    public ScaffoldConventions scaffold() {
        return SchemaCatalog.conventions().scaffold();
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    /**
     * @param footerVersion the version a footer written from a built-in schema names; a project's template keeps its
     *                      own footer
     * @throws UncheckedIOException when the project's template cannot be read
     */
    public SpecTemplate of(LayerSchema schema, String footerVersion) {
        if (schema.profile().builtIn() || folder.isEmpty()) {
            return read.computeIfAbsent(schema.profile().name() + "/" + schema.layer().folder() + "/" + footerVersion,
                    key -> SchemaTemplate.of(schema, catalog.layers(), scaffold(), footerVersion));
        }
        String display = schema.profile().source();
        return read.computeIfAbsent(schema.layer().folder(), key -> {
            try {
                return SpecTemplate.of(display + "/" + key + ".template.md",
                        TemplateSchemas.text(folder.get(), key, display));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The template written from the schema itself, whatever the project's templates hold. */
    public SpecTemplate written(LayerSchema schema) {
        String version = footerVersion(schema);
        return read.computeIfAbsent("written/" + schema.profile().name() + "/" + schema.layer().folder(),
                key -> SchemaTemplate.of(schema, catalog.layers(), scaffold(), version));
    }

    /** The version a built-in profile's footer names: {@code v1.0}. */
    public static String footerVersion(LayerSchema schema) {
        return footerVersion(schema.profile());
    }

    /** The version a built-in profile's footer names: {@code v1.0}. */
    public static String footerVersion(Profile profile) {
        return "v" + profile.name();
    }
}
