package io.github.speclint.rules.suppression;

import io.github.speclint.model.Excerpt;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Suppression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A spec's suppressions grouped back into the comments that made them, for findings about a whole comment. */
final class Comments {

    private Comments() {
    }

    /** The comments, each with its suppressions that pass the test, in document order; comments with none dropped. */
    static Map<SourcePosition, List<Suppression>> of(List<Suppression> suppressions, Predicate<Suppression> test) {
        Map<SourcePosition, List<Suppression>> comments = new LinkedHashMap<>();
        for (Suppression suppression : suppressions) {
            if (test.test(suppression)) {
                comments.computeIfAbsent(suppression.position(), k -> new ArrayList<>()).add(suppression);
            }
        }
        return comments;
    }

    /** {@code speclint-disable-next-line table-columns,section-order}: how the comment reads, without its reason. */
    static String text(List<Suppression> comment) {
        return comment.get(0).directive() + " " + Excerpt.items(comment.stream().map(Suppression::ruleId).toList())
                .replace(", ", ",");
    }
}
