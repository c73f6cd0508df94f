package io.github.speclint.parse;

import io.github.speclint.model.Placeholder;
import io.github.speclint.model.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/**
 * The placeholders found in one file: the first {@link #LIMIT} listed with their positions, the rest only counted,
 * so that a file of nothing but placeholders costs findings in proportion to what a reader can act on.
 */
final class Placeholders {

    static final int LIMIT = 100;

    private final List<Placeholder> listed = new ArrayList<>();
    private int unlisted;
    private SourcePosition firstUnlisted;

    void add(Placeholder placeholder) {
        if (listed.size() < LIMIT) {
            listed.add(placeholder);
        } else {
            if (unlisted == 0) {
                firstUnlisted = placeholder.position();
            }
            unlisted++;
        }
    }

    /** The listed placeholders in document order, then one that stands for the unlisted ones, if any. */
    List<Placeholder> all() {
        List<Placeholder> all = new ArrayList<>(listed);
        if (unlisted > 0) {
            all.add(Placeholder.more(unlisted, firstUnlisted));
        }
        return all;
    }
}
