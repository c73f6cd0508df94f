package io.github.speclint;

import io.github.speclint.adopt.RulesRun;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.FindingCollector;
import io.github.speclint.rules.GraphRule;
import io.github.speclint.rules.TestRule;
import io.github.speclint.tests.TestEvidence;

import java.util.List;
import java.util.Optional;

/**
 * Runs the cross-document rules (and, with test reports, the test rules) on every spec against the index. Their
 * findings are taken from the cache when no file of the tree changed, came or went since the cached run, the links
 * to files that are no spec lead where they led then, and no test reports are read (their outcomes are no file of
 * the tree).
 */
final class CrossDocumentCheck {

    private final List<GraphRule> graphRules;
    private final List<TestRule> testRules;

    CrossDocumentCheck(List<GraphRule> graphRules, List<TestRule> testRules) {
        this.graphRules = graphRules;
        this.testRules = testRules;
    }

    /** @param files how many files the run found, each of which the cache must have known unchanged */
    List<Finding> run(List<SpecDocument> specs, SpecIndex index, Optional<TestEvidence> tests, RulesRun run,
                      ResultCache cache, int files) {
        String world = tests.isPresent() || cache == ResultCache.NONE ? null : index.fileSystemState();
        if (world != null) {
            Optional<List<Finding>> earlier = cache.crossDocument(files, world);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<Finding> found = specs.parallelStream().map(spec -> check(spec, index, tests, run))
                .flatMap(List::stream).toList();
        if (world != null && found.stream().noneMatch(finding -> finding.ruleId().equals(Linter.INTERNAL_ERROR))) {
            cache.putCrossDocument(world, found);
        }
        return found;
    }

    private List<Finding> check(SpecDocument spec, SpecIndex index, Optional<TestEvidence> tests, RulesRun run) {
        FindingCollector out = new FindingCollector(spec.path(), run::severity);
        if (spec.readable()) {
            for (GraphRule rule : graphRules) {
                RuleGuard.run(rule.info(), () -> rule.check(spec, index, out), spec.path(), out, true);
            }
            tests.ifPresent(evidence -> testRules.forEach(rule ->
                    RuleGuard.run(rule.info(), () -> rule.check(spec, index, evidence, out), spec.path(), out, true)));
        }
        return out.findings();
    }
}
