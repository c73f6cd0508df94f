package io.github.speclint.rules.reference;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Link;
import io.github.speclint.model.Section;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/**
 * Every layer below business traces to the specs it implements or enables; a foundation spec with nothing
 * upstream yet says why in a {@code **Justification:**}.
 */
public final class ReferencesLinkRule extends AbstractRule implements DocumentRule {

    private static final String REFERENCES = "References";

    public ReferencesLinkRule() {
        super("references-no-link", Severity.ERROR,
                "References links at least one spec or gives a **Justification:**");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        SpecDocument spec = context.spec();
        if (!context.schema().referencesRequired() || spec.justification().isPresent()) {
            return;
        }
        Section references = spec.sections().stream()
                .filter(section -> Headings.matches(section.title(), REFERENCES)).findFirst().orElse(null);
        if (references == null || references.isEmpty() || spec.links().stream().anyMatch(this::underReferences)) {
            return;
        }
        report(out, references.position(), REFERENCES, String.format("\"%s\" links no spec and gives no "
                + "**Justification:**; link the %s this spec implements or enables, e.g. \"- [%s-<CONCEPT>](%s)\"",
                references.heading(), upstream(context), upstreamPrefix(context), upstreamPath(context)));
    }

    /** The one layer the template references, or the first of several. */
    private static String example(SpecContext context) {
        return context.schema().referenceFolders().get(0);
    }

    private static boolean single(SpecContext context) {
        return context.schema().referenceFolders().size() == 1;
    }

    private boolean underReferences(Link link) {
        return !link.sectionPath().isEmpty() && Headings.matches(link.sectionPath().get(0), REFERENCES);
    }

    private static String upstream(SpecContext context) {
        return (single(context) ? example(context) : "upstream") + " specs";
    }

    private static String upstreamPrefix(SpecContext context) {
        return context.layers().byFolder(example(context)).map(Layer::prefix).orElse("PFX");
    }

    private static String upstreamPath(SpecContext context) {
        return "../" + example(context) + "/<file>.md";
    }
}
