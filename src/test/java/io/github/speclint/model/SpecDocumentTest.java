package io.github.speclint.model;

import io.github.speclint.discover.CandidateFile;
import io.github.speclint.parse.SpecParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecDocumentTest {

    private static final String SPEC = """
            ---
            id: FUN-PAY
            status: draft
            created: 2026-03-01
            ---

            # Payments

            ## References

            - [BUS-SHOP-001](../business/uc1-shop.md) — paying

            ## Data Model

            ### Payment

            | Attribute | Type |
            |-----------|------|
            | amount | number |

            ## Acceptance Criteria

            - [x] FUN-PAY-001: a card payment is confirmed
            - [ ] FUN-PAY-002 through FUN-PAY-003: refunds are booked

            ### Untestable Criteria

            - [ ] FUN-PAY-004: payments feel quick
              - **Reason:** no measure
            """;

    @TempDir
    Path folder;

    @Test
    void keepsForTheGraphTheTopLevelHeadingsAndTheCriteriaIdsOnly() throws IOException {
        SpecDocument spec = parse();
        SpecDocument kept = spec.forGraph();

        assertEquals(List.of("References", "Data Model", "Acceptance Criteria"),
                kept.sections().stream().map(Section::title).toList());
        assertEquals(spec.sections().stream().map(Section::position).toList(),
                kept.sections().stream().map(Section::position).toList());
        assertEquals(List.of(2, 2, 2), kept.sections().stream().map(Section::level).toList());
        assertTrue(kept.sections().stream().allMatch(section -> section.children().isEmpty()
                && section.tables().isEmpty()));
        assertEquals(List.of(), kept.links());
        assertEquals(List.of(), kept.placeholders());

        assertEquals(spec.criteria().stream().map(Criterion::memberIds).toList(),
                kept.criteria().stream().map(Criterion::memberIds).toList());
        assertEquals(List.of(List.of("FUN-PAY-001"), List.of("FUN-PAY-002", "FUN-PAY-003"), List.of("FUN-PAY-004")),
                kept.criteria().stream().map(Criterion::memberIds).toList());
        assertEquals(spec.criteria().stream().map(Criterion::idPosition).toList(),
                kept.criteria().stream().map(Criterion::idPosition).toList());
        assertEquals(List.of(true, false, false), kept.criteria().stream().map(Criterion::isChecked).toList());
        assertEquals(List.of(false, false, true), kept.criteria().stream().map(Criterion::untestable).toList());
        assertTrue(kept.criteria().stream().allMatch(c -> c.notes().isEmpty() && c.sectionPath().isEmpty()));

        assertEquals(List.of("id", "status"), kept.frontMatter().entries().stream().map(FrontMatterEntry::key)
                .toList());
        assertEquals(spec.frontMatter().entry("id"), kept.frontMatter().entry("id"));
        assertEquals(spec.frontMatter().entry("status"), kept.frontMatter().entry("status"));
        assertEquals(Optional.of("FUN-PAY"), kept.id());
        assertEquals(Optional.of("draft"), kept.status());
        assertEquals(spec.title(), kept.title());
    }

    @Test
    void theFullSpecStillHoldsWhatTheGraphLeavesOut() throws IOException {
        SpecDocument spec = parse();

        assertEquals(List.of("id", "status", "created"), spec.frontMatter().entries().stream()
                .map(FrontMatterEntry::key).toList());
        assertEquals(1, spec.links().size());
        assertEquals(List.of("Payment"), spec.sections().get(1).children().stream().map(Section::title).toList());
        assertEquals(1, spec.sections().get(1).children().get(0).tables().size());
        assertEquals(List.of("Acceptance Criteria", "Untestable Criteria"), spec.criteria().get(2).sectionPath());
        assertEquals(1, spec.criteria().get(2).notes().size());
    }

    private SpecDocument parse() throws IOException {
        Path file = folder.resolve("pay.md");
        Files.writeString(file, SPEC, StandardCharsets.UTF_8);
        return new SpecParser(1 << 20).parse(new CandidateFile(file, "functional/pay.md",
                Optional.of(Layer.FUNCTIONAL))).orElseThrow();
    }
}
