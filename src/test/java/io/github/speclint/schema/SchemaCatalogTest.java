package io.github.speclint.schema;

import io.github.speclint.model.Layer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaCatalogTest {

    private final SchemaCatalog catalog = SchemaCatalog.builtIn();

    @Test
    void theFooterVersionPicksTheProfile() {
        assertEquals("0.6", catalog.profileForVersion(Optional.of("v0.6.2-beta")).name());
        assertEquals("0.6", catalog.profileForVersion(Optional.of("v0.8.2-beta")).name());
        assertEquals("1.0", catalog.profileForVersion(Optional.of("v1.2.0")).name());
        assertEquals("1.0", catalog.profileForVersion(Optional.of("[SMAQIT_VERSION]")).name());
        assertEquals("1.0", catalog.profileForVersion(Optional.empty()).name());
    }

    @Test
    void onlySmaqit0RequiresPromptVersion() {
        assertTrue(catalog.schema(Layer.STACK, catalog.profile("0.6").orElseThrow()).requiredFrontMatter()
                .contains("prompt_version"));
        assertEquals(List.of("id", "status", "created"),
                catalog.schema(Layer.STACK, catalog.profile("1.0").orElseThrow()).requiredFrontMatter());
    }

    @Test
    void everyLayerHasScopeAndAcceptanceCriteriaAndOnlyBusinessHasNoReferences() {
        Profile profile = catalog.profile("1.0").orElseThrow();
        for (Layer layer : catalog.layers().all()) {
            LayerSchema schema = catalog.schema(layer, profile);
            List<String> top = schema.sections().stream().map(SectionRule::heading).toList();
            assertTrue(top.contains("Scope"), layer + " " + top);
            assertEquals("Acceptance Criteria", top.get(top.size() - 1), layer.folder());
            assertEquals(!layer.equals(Layer.BUSINESS), schema.referencesRequired(), layer.folder());
            assertEquals(!layer.equals(Layer.BUSINESS), top.contains("References"), layer.folder());
            assertTrue(schema.sections().stream().allMatch(rule -> rule.level() == 2));
        }
        assertEquals(TitleStyle.USE_CASE, catalog.schema(Layer.BUSINESS, profile).titleStyle());
    }

    @Test
    void theLayersReferencesPlaceThemInSmaqitsChainOrder() {
        assertEquals(List.of(Layer.BUSINESS, Layer.FUNCTIONAL, Layer.STACK, Layer.INFRASTRUCTURE, Layer.COVERAGE),
                catalog.layers().all());
        assertEquals(List.of(0, 1, 2, 3, 4), catalog.layers().all().stream().map(Layer::rank).toList());
        assertEquals(List.of(Layer.STACK, Layer.FUNCTIONAL, Layer.BUSINESS),
                catalog.layers().upstreamOf(Layer.INFRASTRUCTURE));
    }

    @Test
    void tablesAreDataWithLevelsFromNesting() {
        LayerSchema infrastructure = catalog.schema(Layer.INFRASTRUCTURE, catalog.profile("1.0").orElseThrow());
        SectionRule compute = infrastructure.sections().stream()
                .filter(rule -> rule.heading().equals("Compute Resources")).findFirst().orElseThrow();
        SectionRule resources = compute.children().get(1);

        assertEquals("Resources", resources.heading());
        assertEquals(3, resources.level());
        assertEquals(List.of("Service", "Type", "CPU", "Memory", "Storage", "Purpose"),
                resources.tables().get(0).columns());
        assertFalse(resources.optional());
    }
}
