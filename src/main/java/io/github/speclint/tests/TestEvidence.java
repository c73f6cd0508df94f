package io.github.speclint.tests;

import io.github.speclint.graph.CoverageSheet;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.SpecDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Coverage Maps of the tree joined with the test results: each coverage spec's test cases with their outcome,
 * and for each requirement the test cases mapped to it. Built once per run, in one pass over the maps.
 */
public final class TestEvidence {

    /**
     * A test case id of one coverage spec's Coverage Map.
     *
     * @param path         the coverage spec
     * @param position     the Test Case ID cell of the first map row that names it
     * @param requirements the requirement ids the rows naming it map it to, in map order
     */
    public record TestCase(String id, String path, SourcePosition position, List<String> requirements,
                           TestTally tally) {

        public TestCase {
            requirements = List.copyOf(requirements);
        }

        public TestState state() {
            return tally.state();
        }

        /** {@code docs/coverage/loan-tests.md:48}: where the map names it, for messages in other files. */
        public String where() {
            return path + ":" + position.line();
        }
    }

    private final TestResults results;
    private final Map<String, List<TestCase>> bySpec = new HashMap<>();
    private final Map<String, List<TestCase>> byRequirement = new HashMap<>();

    private TestEvidence(TestResults results) {
        this.results = results;
    }

    /** Every test case id the tree's Coverage Maps name: what the reports are searched for. */
    public static Set<String> testCaseIds(SpecIndex index) {
        Set<String> ids = new LinkedHashSet<>();
        for (CoverageSheet sheet : index.coverageSheets()) {
            sheet.map().forEach(row -> ids.addAll(row.testCaseIds()));
        }
        return ids;
    }

    public static TestEvidence of(SpecIndex index, TestResults results) {
        TestEvidence evidence = new TestEvidence(results);
        for (SpecDocument spec : index.specs()) {
            index.coverage(spec).ifPresent(sheet -> evidence.add(spec.path(), sheet));
        }
        return evidence;
    }

    private void add(String path, CoverageSheet sheet) {
        Map<String, SourcePosition> first = new LinkedHashMap<>();
        Map<String, Set<String>> requirements = new HashMap<>();
        for (CoverageSheet.MapRow row : sheet.map()) {
            for (String id : row.testCaseIds()) {
                first.putIfAbsent(id, row.testCasePosition());
                requirements.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(row.ids());
            }
        }
        List<TestCase> cases = new ArrayList<>(first.size());
        first.forEach((id, position) -> {
            TestCase testCase = new TestCase(id, path, position, List.copyOf(requirements.get(id)),
                    results.tally(id));
            cases.add(testCase);
            for (String requirement : testCase.requirements()) {
                byRequirement.computeIfAbsent(requirement, k -> new ArrayList<>(1)).add(testCase);
            }
        });
        bySpec.put(path, cases);
    }

    public TestResults results() {
        return results;
    }

    /** The test cases of a coverage spec's Coverage Map, in map order; none for other specs. */
    public List<TestCase> testCases(SpecDocument spec) {
        return bySpec.getOrDefault(spec.path(), List.of());
    }

    /** The test cases of a coverage spec's Coverage Map that ended so, in map order. */
    public List<TestCase> testCases(SpecDocument spec, TestState state) {
        return testCases(spec).stream().filter(testCase -> testCase.state() == state).toList();
    }

    /** The test cases Coverage Maps map to a requirement id, in spec and map order. */
    public List<TestCase> testCasesFor(String requirementId) {
        return byRequirement.getOrDefault(requirementId, List.of());
    }

    /** Every coverage spec's test cases, in spec and map order. */
    public List<TestCase> all() {
        return bySpec.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(TestCase::path).thenComparing(TestCase::position)).toList();
    }
}
