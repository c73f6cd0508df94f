package io.github.speclint.fix;

import io.github.speclint.schema.SectionRule;

import java.util.ArrayList;
import java.util.List;

/** The chain of template sections from the top level down to one section rule. */
final class RulePath {

    private RulePath() {
    }

    /** @return the rules from the top down to {@code target}, or an empty list when it is not in the tree */
    static List<SectionRule> of(List<SectionRule> rules, SectionRule target) {
        List<SectionRule> path = new ArrayList<>();
        return find(rules, target, path) ? path : List.of();
    }

    private static boolean find(List<SectionRule> rules, SectionRule target, List<SectionRule> path) {
        for (SectionRule rule : rules) {
            path.add(rule);
            if (rule == target || find(rule.children(), target, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
