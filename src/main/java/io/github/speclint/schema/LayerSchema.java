package io.github.speclint.schema;

import io.github.speclint.model.Layer;

import java.util.List;

/**
 * What one layer's template requires of a spec, under one profile.
 *
 * @param referenceFolders the folders of the layers the template's References link (empty for business)
 */
public record LayerSchema(Layer layer, Profile profile, TitleStyle titleStyle, List<String> referenceFolders,
                          List<SectionRule> sections) {

    public LayerSchema {
        referenceFolders = List.copyOf(referenceFolders);
        sections = List.copyOf(sections);
    }

    /** True when the spec must link upstream specs (every layer but business). */
    public boolean referencesRequired() {
        return !referenceFolders.isEmpty();
    }

    public List<String> requiredFrontMatter() {
        return profile.requiredFrontMatter();
    }
}
