package io.github.speclint.rules.section;

import io.github.speclint.model.Section;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.SpecContext;

/** Where a finding about an absent section points: at the section it belongs under, else at the title. */
final class Where {

    private Where() {
    }

    static SourcePosition under(Section parent, SpecContext context) {
        if (parent != null) {
            return parent.position();
        }
        return context.spec().title().map(t -> t.position()).orElse(SourcePosition.START);
    }

    static String quoted(Section section) {
        return "\"" + section.heading() + "\"";
    }
}
