package io.github.speclint.rules.identity;

import java.util.List;

/**
 * How a uniqueness finding names the other holders of an id. The finding is reported once, at the first holder in
 * path order, and names the next few places (with their modules in a multi-module run) and counts the rest, so that a
 * tree of copies costs linear work and output, and an id repeated across modules is one finding, not one per module.
 */
final class Holders {

    static final int NAMED = 3;

    private Holders() {
    }

    /** {@code a.md:2}, {@code a.md:2 and b.md:4}, {@code a.md:2, b.md:4, c.md:1 and 5 other specs}. */
    static String list(List<String> places) {
        List<String> named = places.subList(0, Math.min(NAMED, places.size()));
        int rest = places.size() - named.size();
        if (rest > 0) {
            return String.join(", ", named) + " and " + rest + (rest == 1 ? " other spec" : " other specs");
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
