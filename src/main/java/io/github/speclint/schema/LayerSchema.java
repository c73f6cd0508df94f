package io.github.speclint.schema;

import io.github.speclint.model.Layer;

import java.util.List;
import java.util.Set;

/**
 * What one layer's template requires of a spec.
 *
 * @param referenceFolders    the folders of the layers the template's References link (empty for business)
 * @param requiredFrontMatter the front-matter keys the template has
 * @param placeholders        every bracketed phrase of the template ({@code [CONCEPT]}, {@code [What this covers]});
 *                            empty for the built-in schemas, which recognise placeholders by their shape instead
 */
public record LayerSchema(Layer layer, Profile profile, TitleStyle titleStyle, List<String> referenceFolders,
                          List<String> requiredFrontMatter, List<SectionRule> sections, Set<String> placeholders) {

    public LayerSchema {
        referenceFolders = List.copyOf(referenceFolders);
        requiredFrontMatter = List.copyOf(requiredFrontMatter);
        sections = List.copyOf(sections);
        placeholders = Set.copyOf(placeholders);
    }

    /** True when the spec must link upstream specs (every layer but business). */
    public boolean referencesRequired() {
        return !referenceFolders.isEmpty();
    }

    /** "the smaqit 1.0 template", or "the project's functional template", for messages. */
    public String describe() {
        return profile.builtIn() ? "the " + profile.source() + " template"
                : "the project's " + layer.folder() + " template";
    }
}
