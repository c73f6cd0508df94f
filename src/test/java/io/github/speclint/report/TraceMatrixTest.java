package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each business criterion's row holds what traces to it, whether the criterion drawn before it traced the same. */
class TraceMatrixTest {

    @TempDir
    Path tree;

    @Test
    void aLinkToOneCriterionTracesThatCriterionAloneThoughItsNeighboursShareTheirTrace() throws IOException {
        lendingWithLadders("tool", "ladder", "drill", "saw");
        spec("functional/saws.md", "FUN-SAWS", references("[BUS-LEND-004](../business/uc1-lend.md)"));
        spec("stack/ladder-stack.md", "STK-LADDERS", references("[FUN-LADDERS](../functional/ladders.md)"));
        spec("stack/lending-stack.md", "STK-LENDING", references("[FUN-LENDING](../functional/lending.md)"));

        Map<String, String> rows = rows(Reports.lint(tree));

        assertEquals(Map.of(
                "BUS-LEND-001", "[FUN-LENDING] [STK-LENDING]",
                "BUS-LEND-002", "[FUN-LADDERS, FUN-LENDING] [STK-LADDERS, STK-LENDING]",
                "BUS-LEND-003", "[FUN-LENDING] [STK-LENDING]",
                "BUS-LEND-004", "[FUN-LENDING, FUN-SAWS] [STK-LENDING]"), rows);
    }

    @Test
    void rowsDrawnTwiceOrOutOfOrderAreTheSame() throws IOException {
        lendingWithLadders("tool", "ladder");
        LintResult result = Reports.lint(tree);
        List<TraceMatrix.Row> rows = TraceMatrix.of(result.index(), result.designs());

        String second = describe(rows.get(1));
        String first = describe(rows.get(0));

        assertEquals("[FUN-LADDERS, FUN-LENDING] []", second);
        assertEquals("[FUN-LENDING] []", first);
        assertEquals(second, describe(rows.get(1)));
    }

    @Test
    void aCellNamesAtMostFiftyAndCountsTheRest() {
        Set<String> fifty = new LinkedHashSet<>();
        for (int i = 1; i <= 50; i++) {
            fifty.add("FUN-F" + i);
        }
        Set<String> sixty = new LinkedHashSet<>(fifty);
        for (int i = 51; i <= 60; i++) {
            sixty.add("FUN-F" + i);
        }

        assertEquals(String.join(", ", fifty), ReportTables.names(fifty).text());
        assertEquals(String.join(", ", fifty) + " and 10 more", ReportTables.names(sixty).text());
        assertEquals("none", ReportTables.names(Set.of()).text());
    }

    @Test
    void thousandsOfSpecsLinkingOneUseCaseAreTracedOnceAndShownCapped() throws IOException {
        lendingWithLadders("tool", "ladder", "drill");
        for (int i = 0; i < 2_000; i++) {
            spec("functional/f" + i + ".md", "FUN-F" + i, references("[BUS-LEND](../business/uc1-lend.md)"));
        }
        LintResult result = Reports.lint(tree);
        List<TraceMatrix.Row> rows = TraceMatrix.of(result.index(), result.designs());

        assertEquals(2_001, rows.get(0).specs().get(Layer.FUNCTIONAL).size());
        assertEquals(2_002, rows.get(1).specs().get(Layer.FUNCTIONAL).size(), "FUN-LADDERS names BUS-LEND-002");
        assertEquals(2_001, rows.get(2).specs().get(Layer.FUNCTIONAL).size());
        assertSame(rows.get(0).specs(), rows.get(2).specs(), "the criteria no link names share one walk");
        String cell = ReportTables.trace(rows, TraceMatrix.columns(result.index().layers()), Optional.empty(), false)
                .rows().get(1).get(1).text();
        assertTrue(cell.endsWith(" and 1952 more"), cell);
    }

    @Test
    void criteriaEachNamedByALinkOfTheirOwnAreTracedInTimeLinearInTheLinks() throws IOException {
        int criteria = 20_000;
        StringBuilder business = new StringBuilder("## Acceptance Criteria\n\n");
        StringBuilder links = new StringBuilder("## References\n\n");
        for (int i = 1; i <= criteria; i++) {
            business.append(String.format("- [ ] BUS-LEND-%05d: a member lends tool %d%n", i, i));
            links.append(String.format("- [BUS-LEND-%05d](../business/uc1-lend.md) — tool %d%n", i, i));
        }
        spec("business/uc1-lend.md", "BUS-LEND", business.toString());
        spec("functional/tools.md", "FUN-TOOLS", links.toString());
        spec("functional/lending.md", "FUN-LENDING", references("[BUS-LEND](../business/uc1-lend.md)"));
        LintResult result = Reports.lint(tree);

        long start = System.nanoTime();
        List<TraceMatrix.Row> rows = TraceMatrix.of(result.index(), result.designs());
        Set<Set<String>> traced = new LinkedHashSet<>();
        for (TraceMatrix.Row row : rows) {
            traced.add(row.specs().get(Layer.FUNCTIONAL));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(criteria, rows.size());
        assertEquals(Set.of(Set.of("FUN-TOOLS", "FUN-LENDING")), Set.copyOf(traced), "each row: its link and the spec's");
        assertEquals(List.of("FUN-LENDING", "FUN-TOOLS"), List.copyOf(rows.get(7).specs().get(Layer.FUNCTIONAL)),
                "in the order of the specs, as before");
        assertTrue(millis < 2_000, "tracing took " + millis + " ms");
    }

    private static Map<String, String> rows(LintResult result) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (TraceMatrix.Row row : TraceMatrix.of(result.index(), result.designs())) {
            rows.put(row.criterion().id(), describe(row));
        }
        return rows;
    }

    private static String describe(TraceMatrix.Row row) {
        return row.specs().getOrDefault(Layer.FUNCTIONAL, Set.of()) + " "
                + row.specs().getOrDefault(Layer.STACK, Set.of());
    }

    /**
     * BUS-LEND with a criterion per lent thing (BUS-LEND-001, -002, ...), FUN-LENDING linking the spec as a whole and
     * FUN-LADDERS linking its second criterion alone.
     */
    private void lendingWithLadders(String... things) throws IOException {
        StringBuilder criteria = new StringBuilder("## Acceptance Criteria\n\n");
        for (int i = 0; i < things.length; i++) {
            criteria.append(String.format("- [ ] BUS-LEND-%03d: a member lends a %s\n", i + 1, things[i]));
        }
        spec("business/uc1-lend.md", "BUS-LEND", criteria.toString());
        spec("functional/lending.md", "FUN-LENDING", references("[BUS-LEND](../business/uc1-lend.md)"));
        spec("functional/ladders.md", "FUN-LADDERS", references("[BUS-LEND-002](../business/uc1-lend.md)"));
    }

    private static String references(String link) {
        return "## References\n\n- " + link + " — what it builds on\n";
    }

    private void spec(String path, String id, String body) throws IOException {
        Path file = tree.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\nid: " + id + "\nstatus: draft\ncreated: 2026-01-05\n---\n\n# " + id + "\n\n"
                + body);
    }
}
