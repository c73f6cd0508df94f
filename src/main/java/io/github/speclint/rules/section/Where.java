package io.github.speclint.rules.section;

import io.github.speclint.model.Section;

/** How section findings name a section of the spec. */
final class Where {

    private Where() {
    }

    static String quoted(Section section) {
        return "\"" + section.heading() + "\"";
    }
}
