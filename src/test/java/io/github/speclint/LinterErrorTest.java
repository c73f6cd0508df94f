package io.github.speclint;

import io.github.speclint.job.ForkedCheck;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An error thrown while checking one file (out of memory included) is a finding on that file; the rest survive. */
class LinterErrorTest {

    private static final String VICTIM = "docs/business/uc1-borrow-tool.md";

    @TempDir
    Path project;

    @Test
    void outOfMemoryOnEveryAttemptIsAFindingOnThatFileAndTheOtherFilesKeepTheirResults() throws IOException {
        List<Finding> findings = lintWith(documentRuleThrowing(path -> true, OutOfMemoryError::new), null);

        List<Finding> onVictim = onlyRule(findings, Linter.INTERNAL_ERROR);
        assertEquals(1, onVictim.size(), findings.toString());
        assertEquals(VICTIM, onVictim.get(0).path());
        assertEquals(Severity.ERROR, onVictim.get(0).severity());
        assertTrue(onVictim.get(0).message().startsWith("speclint ran out of memory trying to apply rule "
                + "test-throwing to this file (OutOfMemoryError, "), onVictim.get(0).message());
        assertEquals(List.of(), findings.stream().filter(f -> !f.path().equals(VICTIM)).toList(),
                "the clean tree's other six specs stay clean, links to the failed one included");
        assertEquals(7, lastStatistics.specs(), "the parsed spec stays in the tree");
    }

    @Test
    void outOfMemoryInAForkedCheckSaysHowToCheckInMavensOwnJvm() {
        String inBuild = RuleGuard.internalError(VICTIM, "parse", new OutOfMemoryError()).message();
        System.setProperty(ForkedCheck.PROPERTY, "true");
        String forked;
        try {
            forked = RuleGuard.internalError(VICTIM, "parse", new OutOfMemoryError()).message();
        } finally {
            System.clearProperty(ForkedCheck.PROPERTY);
        }

        assertTrue(inBuild.endsWith("; give Maven more heap (MAVEN_OPTS=-Xmx...) or split the file"), inBuild);
        assertTrue(forked.endsWith("; check in Maven's own JVM (speclint.fork=false) with more heap "
                + "(MAVEN_OPTS=-Xmx...), or split the file"), forked);
    }

    @Test
    void aFileThatRanOutOfMemoryBesideOthersIsCheckedAgainAloneAndThenPasses() throws IOException {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();

        List<Finding> findings = lintWith(documentRuleThrowing(failedOnce::add, OutOfMemoryError::new), null);

        assertEquals(Set.of(VICTIM), failedOnce);
        assertEquals(List.of(), findings, "the second attempt, alone, succeeded");
        assertEquals(7, lastStatistics.specs());
    }

    @Test
    void anyOtherErrorInARuleIsAnInternalErrorFindingNamingTheRule() throws IOException {
        List<Finding> findings = lintWith(documentRuleThrowing(path -> true, () -> new LinkageError("boom")), null);

        List<Finding> internal = onlyRule(findings, Linter.INTERNAL_ERROR);
        assertEquals(1, internal.size(), findings.toString());
        assertEquals("speclint could not apply rule test-throwing to this file (LinkageError); please report this "
                + "with the file", internal.get(0).message());
        assertEquals(7, lastStatistics.specs());
    }

    @Test
    void anErrorInACrossDocumentRuleIsAFindingOnThatSpecOnly() throws IOException {
        GraphRule graphRule = new GraphRule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("test-graph-throwing", Severity.ERROR, "throws");
            }

            @Override
            public void check(io.github.speclint.model.SpecDocument spec, io.github.speclint.graph.SpecIndex index,
                              FindingSink out) {
                if (spec.path().equals(VICTIM)) {
                    throw new OutOfMemoryError("Java heap space");
                }
                out.report(info(), io.github.speclint.model.SourcePosition.START, "seen", "seen");
            }
        };

        List<Finding> findings = lintWith(null, graphRule);

        assertEquals(1, onlyRule(findings, Linter.INTERNAL_ERROR).size(), findings.toString());
        assertEquals(VICTIM, onlyRule(findings, Linter.INTERNAL_ERROR).get(0).path());
        assertEquals(6, onlyRule(findings, "test-graph-throwing").size(), "every other spec was still checked");
    }

    private LintStatistics lastStatistics;

    private List<Finding> lintWith(DocumentRule extra, GraphRule extraGraph) throws IOException {
        Path docs = project.resolve("docs");
        LinterTest.copyTree(LinterTest.CLEAN_TREE, docs);
        List<DocumentRule> rules = new ArrayList<>(RuleSet.documentRules());
        List<GraphRule> graphRules = new ArrayList<>(RuleSet.graphRules());
        if (extra != null) {
            rules.add(extra);
        }
        if (extraGraph != null) {
            graphRules.add(extraGraph);
        }
        LintResult result = new Linter(SchemaCatalog.builtIn(), rules, graphRules)
                .lint(LintRequest.of(docs, project));
        lastStatistics = result.statistics();
        return result.findings();
    }

    private static DocumentRule documentRuleThrowing(Predicate<String> throwFor,
                                                     java.util.function.Supplier<Error> error) {
        return new DocumentRule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("test-throwing", Severity.ERROR, "throws");
            }

            @Override
            public void check(SpecContext context, FindingSink out) {
                if (context.spec().path().equals(VICTIM) && throwFor.test(context.spec().path())) {
                    throw error.get();
                }
            }
        };
    }

    private static List<Finding> onlyRule(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }
}
