package io.github.speclint.schema;

import io.github.speclint.model.Layer;

import java.util.List;

/**
 * What one layer's template requires of a spec, under one profile.
 *
 * @param referencesRequired true when the spec must link upstream specs (every layer but business)
 */
public record LayerSchema(Layer layer, Profile profile, TitleStyle titleStyle, boolean referencesRequired,
                          List<SectionRule> sections) {

    public LayerSchema {
        sections = List.copyOf(sections);
    }

    public List<String> requiredFrontMatter() {
        return profile.requiredFrontMatter();
    }
}
