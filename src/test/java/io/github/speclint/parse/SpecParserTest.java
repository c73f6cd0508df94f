package io.github.speclint.parse;

import io.github.speclint.discover.CandidateFile;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.CriterionNote;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Link;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Section;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpecParserTest {

    private static final String SPEC = """
            ---
            id: FUN-CART
            status: draft
            created: 2026-02-01
            ---

            # Shopping Cart

            ## References

            ### Implements

            - [BUS-SHOP-001](../business/uc1-shop.md) — buying
            - [BUS-SHOP](../business/uc1-shop.md) — the use case

            ## Data Model

            ### Item

            | Attribute | Type |
            |-----------|------|
            | sku | text |
            | qty | number | extra |

            ## API Contract

            ### addItem

            #### Response

            **Success:**

            Nothing but a status code.

            **Errors:**

            | Condition | Response |
            |-----------|----------|
            | Unknown sku | 404 |

            ## State Transitions

            *Not applicable: a cart has no states worth naming.*

            ## Acceptance Criteria

            - [ ] FUN-CART-001: Adding an item shows it in the cart
            - [x] FUN-CART-002 through FUN-CART-004: Totals add up
            - FUN-CART-005 — no checkbox

            ### Untestable Criteria

            - [!] FUN-CART-006: The cart feels fast *(untestable)*
              - **Reason:** Speed is felt
              - **Proposal**: Measure render time
              - Some plain remark

            ---

            *Generated with smaqit v0.6.2-beta*
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheWholeModelOfASpec() throws IOException {
        SpecDocument spec = parse("cart.md", SPEC, Optional.empty());

        assertEquals(Optional.of(Layer.FUNCTIONAL), spec.layer());
        assertEquals("Shopping Cart", spec.title().orElseThrow().text());
        assertEquals(SourcePosition.of(7, 1), spec.title().orElseThrow().position());
        assertEquals("v0.6.2-beta", spec.footer().orElseThrow().version());
        assertEquals(60, spec.lineCount());
        assertEquals(List.of("References", "Data Model", "API Contract", "State Transitions", "Acceptance Criteria"),
                spec.sections().stream().map(Section::title).toList());
    }

    @Test
    void readsSectionsWithContentAndNotApplicable() throws IOException {
        SpecDocument spec = parse("cart.md", SPEC, Optional.empty());

        Section references = spec.sections().get(0);
        assertFalse(references.hasContent());
        assertEquals("Implements", references.children().get(0).title());
        assertEquals(3, references.children().get(0).level());
        Section states = spec.sections().get(3);
        assertTrue(states.notApplicable());
        assertTrue(states.hasContent());
    }

    @Test
    void readsTablesWithCellsLabelsAndWrittenCellCounts() throws IOException {
        SpecDocument spec = parse("cart.md", SPEC, Optional.empty());

        Table item = spec.sections().get(1).children().get(0).tables().get(0);
        assertEquals(List.of("Attribute", "Type"), item.columns());
        assertEquals(SourcePosition.of(20, 1), item.position());
        assertEquals(2, item.rows().get(0).writtenCells());
        assertEquals(3, item.rows().get(1).writtenCells());
        assertEquals(SourcePosition.of(22, 9), item.rows().get(0).cells().get(1).position());

        Section response = spec.sections().get(2).children().get(0).children().get(0);
        assertEquals("Errors", response.tables().get(0).label());
        assertEquals(List.of("Success"), response.answeredLabels());
    }

    @Test
    void readsCriteriaLeniently() throws IOException {
        List<Criterion> criteria = parse("cart.md", SPEC, Optional.empty()).criteria();

        assertEquals(4, criteria.size());
        Criterion first = criteria.get(0);
        assertEquals(" ", first.checkbox());
        assertEquals("FUN-CART-001", first.id());
        assertEquals(SourcePosition.of(47, 7), first.idPosition());
        assertEquals(":", first.separator());
        assertEquals("Adding an item shows it in the cart", first.text());

        assertEquals("FUN-CART-004", criteria.get(1).rangeEnd());
        assertEquals(null, criteria.get(2).checkbox());
        assertEquals("—", criteria.get(2).separator());

        Criterion untestable = criteria.get(3);
        assertTrue(untestable.untestable());
        assertTrue(untestable.isFailed());
        assertEquals("The cart feels fast", untestable.text());
        assertEquals(List.of("Acceptance Criteria", "Untestable Criteria"), untestable.sectionPath());
        assertEquals(List.of(new CriterionNote("Reason", true, "Speed is felt", SourcePosition.of(54, 3)),
                new CriterionNote("Proposal", false, "Measure render time", SourcePosition.of(55, 3))),
                untestable.notes());
    }

    @Test
    void readsLinksWithTheSectionsTheySitUnder() throws IOException {
        List<Link> links = parse("cart.md", SPEC, Optional.empty()).links();

        assertEquals(2, links.size());
        assertEquals(new Link("BUS-SHOP-001", "../business/uc1-shop.md", SourcePosition.of(13, 3),
                List.of("References", "Implements")), links.get(0));
    }

    @Test
    void findsPlaceholdersButNotInCodeCommentsOrTheTitle() throws IOException {
        String text = """
                ---
                id: BUS-[CONCEPT]
                status: draft
                created: 2026-02-01
                ---

                # UC1-[CONCEPT]: Shop

                ## Scope

                [What this specification covers]

                Use `[NNN]` in ids. <!-- [CONCEPT] -->

                | Actor | Goals |
                |-------|-------|
                | [ACTOR_NAME] | Press [Enter] to buy |

                ```
                [CONCEPT]
                ```
                """;
        List<Placeholder> found = parse("business/shop.md", text, Optional.of(Layer.BUSINESS)).placeholders();

        assertEquals(List.of(
                new Placeholder("[CONCEPT]", Placeholder.Kind.TOKEN, SourcePosition.of(2, 9)),
                new Placeholder("[What this specification covers]", Placeholder.Kind.GUIDANCE,
                        SourcePosition.of(11, 1)),
                new Placeholder("[ACTOR_NAME]", Placeholder.Kind.TOKEN, SourcePosition.of(17, 3))), found);
    }

    @Test
    void notApplicableCountsInAListItemOrQuoteToo() throws IOException {
        String text = "---\nid: FUN-X\n---\n# X\n\n## State Transitions\n\n- Not applicable: no state.\n\n"
                + "## Data Model\n\n> N/A, nothing is stored.\n";

        SpecDocument spec = parse("functional/x.md", text, Optional.of(Layer.FUNCTIONAL));

        assertTrue(spec.sections().get(0).notApplicable());
        assertTrue(spec.sections().get(1).notApplicable());
    }

    @Test
    void bracketedLayerIdsAndGluedBracketsAreNoPlaceholders() throws IOException {
        String text = "---\nid: FUN-X\nrelated: [FUN-CHECKOUT]\n---\n# X\n\n## Data Model\n\n"
                + "Refs are List[ITEM_ID]; see [FUN-CHECKOUT-001] and [CONCEPT].\n";

        List<Placeholder> found = parse("functional/x.md", text, Optional.of(Layer.FUNCTIONAL)).placeholders();

        assertEquals(List.of("[CONCEPT]"), found.stream().map(Placeholder::text).toList());
    }

    @Test
    void theTemplatesOwnPhrasesArePlaceholdersWhereverTheyStandAndNothingElseIs() throws IOException {
        String text = """
                ---
                id: STK-SHOP
                created: [TIMESTAMP]
                ---
                # Shop

                ## [SERVICE_NAME] Setup

                [What this specification covers] and the parts we added.

                | Field | Type |
                |-------|------|
                | total | [PAY] in cents, see [Logical type] |

                Amounts are [UUID]-keyed; the [Logical type] column says how.
                """;
        SpecParser parser = new SpecParser(1 << 20, Layers.SMAQIT, layer -> Set.of("[TIMESTAMP]", "[SERVICE_NAME]",
                "[What this specification covers]", "[Logical type]"));

        List<Placeholder> found = parser.parse(candidate("stack/shop.md", text, Optional.of(Layer.STACK)))
                .orElseThrow().placeholders();

        assertEquals(List.of("[TIMESTAMP] 3:10", "[SERVICE_NAME] 7:4", "[What this specification covers] 9:1",
                "[Logical type] 13:31", "[Logical type] 15:31"), found.stream()
                .map(p -> p.text() + " " + p.position().line() + ":" + p.position().column()).toList());
    }

    @Test
    void aFileFullOfPlaceholdersListsTheFirstHundredAndCountsTheRest() throws IOException {
        String text = "---\nid: BUS-X\n---\n# UC1-X: X\n\n## Actors\n\n"
                + "| [ACTOR_NAME] | [ACTOR_GOAL] |\n".repeat(125);

        List<Placeholder> found = parse("business/x.md", text, Optional.of(Layer.BUSINESS)).placeholders();

        assertEquals(101, found.size());
        assertEquals(new Placeholder("150", Placeholder.Kind.MORE, SourcePosition.of(58, 3)), found.get(100));
    }

    @Test
    void crlfAndBomFilesParseToTheSameDocumentAsTheirLfTwin() throws IOException {
        SpecDocument lf = parse("cart.md", SPEC, Optional.empty());
        SpecDocument crlf = parse("cart.md", SPEC.replace("\n", "\r\n"), Optional.empty());
        SpecDocument bom = parse("cart.md", "\uFEFF" + SPEC, Optional.empty());

        assertEquals(lf, crlf);
        assertEquals(lf, bom);
    }

    @Test
    void markdownOutsideLayerFoldersWithoutALayerIdIsNotASpec() throws IOException {
        assertEquals(Optional.empty(), parser().parse(candidate("adr-001.md", "# Decision\n\nWe chose X.\n",
                Optional.empty())));
        assertEquals(Optional.empty(), parser().parse(candidate("notes.md", "---\nid: ADR-1\n---\n# X\n",
                Optional.empty())));
    }

    @Test
    void aFileInALayerFolderIsASpecEvenWithoutFrontMatter() throws IOException {
        SpecDocument spec = parse("stack/x.md", "# Stack\n", Optional.of(Layer.STACK));

        assertEquals(Optional.of(Layer.STACK), spec.layer());
        assertFalse(spec.frontMatter().readable());
    }

    @Test
    void aFileOverTheSizeLimitIsReportedWithoutBeingRead() throws IOException {
        CandidateFile big = candidate("business/big.md", "x".repeat(2000), Optional.of(Layer.BUSINESS));

        SpecDocument spec = new SpecParser(1000).parse(big).orElseThrow();

        assertTrue(spec.problem().orElseThrow().message().contains("2,000 bytes"), spec.problem().toString());
    }

    private SpecDocument parse(String name, String text, Optional<Layer> folder) throws IOException {
        return parser().parse(candidate(name, text, folder)).orElseThrow();
    }

    private static SpecParser parser() {
        return new SpecParser(1_000_000);
    }

    private CandidateFile candidate(String name, String text, Optional<Layer> folder) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new CandidateFile(file, name, folder);
    }
}
