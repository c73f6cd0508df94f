package io.github.speclint.rules.criterion;

import io.github.speclint.model.Ids;
import io.github.speclint.rules.SpecContext;

/** The criterion form a spec's messages show: its own id when it has a usable one. */
final class Expected {

    private Expected() {
    }

    static String idPrefix(SpecContext context) {
        return context.spec().id().filter(Ids::isSpecId)
                .orElse(context.schema().layer().prefix() + "-<CONCEPT>");
    }

    static String line(SpecContext context) {
        return "- [ ] " + idPrefix(context) + "-NNN: <criterion>";
    }
}
