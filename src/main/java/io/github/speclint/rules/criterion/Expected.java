package io.github.speclint.rules.criterion;

import io.github.speclint.rules.SpecContext;

/** The criterion form a spec's messages show: its own id when it has a usable one. */
final class Expected {

    private Expected() {
    }

    static String idPrefix(SpecContext context) {
        return context.spec().id().filter(id -> id.matches("(BUS|FUN|STK|INF|COV)-[A-Z0-9]+(-[A-Z0-9]+)*"))
                .orElse(context.schema().layer().prefix() + "-<CONCEPT>");
    }

    static String line(SpecContext context) {
        return "- [ ] " + idPrefix(context) + "-NNN: <criterion>";
    }
}
