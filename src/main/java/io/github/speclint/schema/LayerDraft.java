package io.github.speclint.schema;

import java.util.List;
import java.util.Set;

/**
 * One layer's template as read, from built-in data or from a template file, before smaqit's conventions are applied
 * and before the layer has its place in the chain.
 *
 * @param references the folders of the layers its References link
 */
record LayerDraft(String folder, String prefix, TitleStyle titleStyle, List<String> references,
                  List<String> frontMatter, List<SectionRule> sections, Set<String> placeholders) {

    LayerDraft {
        references = List.copyOf(references);
        frontMatter = List.copyOf(frontMatter);
        sections = List.copyOf(sections);
        placeholders = Set.copyOf(placeholders);
    }

    LayerChain.Declared declared() {
        return new LayerChain.Declared(folder, prefix, references);
    }
}
