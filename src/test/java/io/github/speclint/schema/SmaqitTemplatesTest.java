package io.github.speclint.schema;

import io.github.speclint.model.Layer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built-in schemas are what speclint derives from smaqit's own published templates, kept beside the project in
 * {@code ../shared} (not copied here): each version's templates give exactly its built-in profile.
 */
class SmaqitTemplatesTest {

    private static final Path TEMPLATES = Path.of("../shared/smaqit/templates");

    @ParameterizedTest
    @CsvSource({"v0.6.2-beta, 0.6", "v1.0.0, 1.0", "v3.6.0, 3.6"})
    void eachVersionsTemplatesDeriveItsBuiltInProfile(String version, String profileName) throws IOException {
        Path folder = TEMPLATES.resolve(version);
        assumeTrue(Files.isDirectory(folder), "../shared/smaqit/templates is not beside this checkout");

        SchemaCatalog derived = TemplateSchemas.load(folder, version);
        SchemaCatalog builtIn = SchemaCatalog.builtIn();
        Profile profile = builtIn.profile(profileName).orElseThrow();

        assertEquals(builtIn.layers().all(), derived.layers().all());
        assertEquals(List.of(0, 1, 2, 3, 4), derived.layers().all().stream().map(Layer::rank).toList());
        Profile templates = derived.profileForVersion(java.util.Optional.empty());
        for (Layer layer : builtIn.layers().all()) {
            LayerSchema expected = builtIn.schema(layer, profile);
            LayerSchema actual = derived.schema(layer, templates);
            assertEquals(expected.titleStyle(), actual.titleStyle(), layer.folder());
            assertEquals(expected.referenceFolders(), actual.referenceFolders(), layer.folder());
            assertEquals(expected.requiredFrontMatter(), actual.requiredFrontMatter(), layer.folder());
            assertEquals(expected.sections(), actual.sections(), layer.folder());
            assertTrue(actual.placeholders().size() > 10, layer.folder() + " " + actual.placeholders());
        }
    }
}
