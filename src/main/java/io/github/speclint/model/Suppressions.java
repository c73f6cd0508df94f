package io.github.speclint.model;

import java.util.List;

/**
 * The speclint comments of one spec, found while its Markdown was parsed: the suppressions they make and the
 * comments that could not be read as one.
 */
public record Suppressions(List<Suppression> all, List<SuppressionProblem> problems) {

    public static final Suppressions NONE = new Suppressions(List.of(), List.of());

    public Suppressions {
        all = List.copyOf(all);
        problems = List.copyOf(problems);
    }

    public boolean isEmpty() {
        return all.isEmpty() && problems.isEmpty();
    }
}
