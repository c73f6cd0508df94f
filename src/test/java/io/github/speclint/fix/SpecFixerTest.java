package io.github.speclint.fix;

import io.github.speclint.LintRequest;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.model.Layer;
import io.github.speclint.scaffold.Templates;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.TemplateSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** speclint:fix's engine on one spec: what it inserts, where, and that it inserts only. */
class SpecFixerTest {

    /** A business spec without Success Metrics, with an Actors table that lacks Description, and no footer. */
    static final String GAPS = """
            ---
            id: BUS-SHOP
            status: draft
            created: 2026-01-01
            ---

            # UC1-SHOP: Shop

            ## Scope

            ### Included

            Buying.

            ### Excluded

            Selling.

            ## Actors

            | Actor | Goals |
            |-------|-------|
            | Buyer | Buy cheaply |
            | Clerk | Sell |

            ## Use Case

            ### Preconditions

            - Open.

            ### Main Flow

            1. Buy.

            ### Alternative Flows

            #### Sold out

            1. Wait.

            ### Postconditions

            - Bought.

            ## Acceptance Criteria

            - [ ] BUS-SHOP-001: A buyer can buy
            """;

    static final String FIXED = """
            ---
            id: BUS-SHOP
            status: draft
            created: 2026-01-01
            ---

            # UC1-SHOP: Shop

            ## Scope

            ### Included

            Buying.

            ### Excluded

            Selling.

            ## Actors

            | Actor | Description | Goals |
            |-------| --- |-------|
            | Buyer |  | Buy cheaply |
            | Clerk |  | Sell |

            ## Success Metrics

            | Metric | Target | Measurement |
            | --- | --- | --- |
            | [METRIC] | [TARGET] | [MEASUREMENT] |

            ## Use Case

            ### Preconditions

            - Open.

            ### Main Flow

            1. Buy.

            ### Alternative Flows

            #### Sold out

            1. Wait.

            ### Postconditions

            - Bought.

            ## Acceptance Criteria

            - [ ] BUS-SHOP-001: A buyer can buy

            ---

            *Generated with smaqit v1.0*
            """;

    @TempDir
    Path specs;

    @Test
    void insertsTheMissingSectionTheMissingColumnAndTheFooter() {
        FileFix fix = fix(GAPS);

        assertEquals(FIXED, text(fix.after()));
        assertEquals(List.of(
                "table-columns 21: added column [Description] to table \"Actors\", with empty cells",
                "section-missing 26: inserted \"## Success Metrics\" after \"## Actors\"",
                "footer-missing 48: added the footer \"*Generated with smaqit v1.0*\""),
                fix.changes().stream().map(c -> c.rule() + " " + c.line() + ": " + c.what()).toList());
    }

    @Test
    void keepsCrlfLineEndingsAndTheBomAndChangesNoOtherByte() {
        byte[] before = bom(GAPS.replace("\n", "\r\n"));

        FileFix fix = fix(before);

        assertArrayEquals(bom(FIXED.replace("\n", "\r\n")), fix.after());
        assertTrue(insertsOnly(before, fix.after()));
    }

    @Test
    void aSecondRunFindsNothingToFix() {
        FileFix first = fix(GAPS);

        FileFix second = fix(first.after());

        assertFalse(second.fixes());
        assertArrayEquals(first.after(), second.after());
        assertEquals(List.of(), second.diff());
    }

    @Test
    void printsAUnifiedDiff() {
        assertEquals(List.of(
                "--- a/business/uc1-shop.md",
                "+++ b/business/uc1-shop.md",
                "@@ -18,11 +18,17 @@",
                " ",
                " ## Actors",
                " ",
                "-| Actor | Goals |",
                "-|-------|-------|",
                "-| Buyer | Buy cheaply |",
                "-| Clerk | Sell |",
                "+| Actor | Description | Goals |",
                "+|-------| --- |-------|",
                "+| Buyer |  | Buy cheaply |",
                "+| Clerk |  | Sell |",
                " ",
                "+## Success Metrics",
                "+",
                "+| Metric | Target | Measurement |",
                "+| --- | --- | --- |",
                "+| [METRIC] | [TARGET] | [MEASUREMENT] |",
                "+",
                " ## Use Case",
                " ",
                " ### Preconditions",
                "@@ -46,3 +52,7 @@",
                " ## Acceptance Criteria",
                " ",
                " - [ ] BUS-SHOP-001: A buyer can buy",
                "+",
                "+---",
                "+",
                "+*Generated with smaqit v1.0*"), fix(GAPS).diff());
    }

    @Test
    void aFileWithoutAFinalNewlineGetsOneBeforeTheFooter() {
        FileFix fix = fix(FIXED.substring(0, FIXED.indexOf("\n\n---\n")));

        assertTrue(text(fix.after()).endsWith("A buyer can buy\n\n---\n\n*Generated with smaqit v1.0*\n"));
        assertTrue(fix.diff().containsAll(List.of("-- [ ] BUS-SHOP-001: A buyer can buy",
                "\\ No newline at end of file", "+- [ ] BUS-SHOP-001: A buyer can buy", "+---")), fix.diff().toString());
    }

    @Test
    void aSectionThatBelongsAtTheEndGoesBeforeTheFootersRule() {
        String withoutCriteria = FIXED.replace("## Acceptance Criteria\n\n- [ ] BUS-SHOP-001: A buyer can buy\n\n", "");

        FileFix fix = fix(withoutCriteria);

        assertTrue(text(fix.after()).endsWith("- Bought.\n\n## Acceptance Criteria\n\n- [ ] BUS-[CONCEPT]-001: "
                + "[A condition a test can check]\n\n### Untestable Criteria\n\n[Write the Untestable Criteria "
                + "section, or delete it if it does not apply]\n\n---\n\n*Generated with smaqit v1.0*\n"),
                text(fix.after()));
    }

    @Test
    void columnsRenamedOrReorderedAreLeftToTheAuthor() {
        FileFix fix = fix(FIXED.replace("| Actor | Description | Goals |", "| Actor | Role | Goals |"));

        assertFalse(fix.fixes());
        assertEquals(List.of("line 21: table \"Actors\" has columns [Actor, Role, Goals], not the template's "
                + "[Actor, Description, Goals] with some left out; rename or reorder them yourself"), fix.leftAlone());
    }

    @Test
    void tablesWithoutOuterPipesGetCellsThatStayCells() {
        String table = "| Actor | Goals |\n|-------|-------|\n| Buyer | Buy cheaply |\n| Clerk | Sell |";

        FileFix first = fix(GAPS.replace(table, "Description | Goals\n------|------\nBuys | Cheap"));
        FileFix last = fix(GAPS.replace(table, "Actor | Description\n------|------\nBuyer | Buys"));

        assertTrue(text(first.after()).contains("\n| Actor | Description | Goals\n| --- | ------|------\n|  | Buys | Cheap\n"),
                text(first.after()));
        assertTrue(text(last.after()).contains("\nActor | Description | Goals |\n------|------ | --- |\nBuyer | Buys |  |\n"),
                text(last.after()));
        assertFalse(fix(first.after()).fixes());
        assertFalse(fix(last.after()).fixes());
    }

    @Test
    void withTheProjectsTemplateAMissingSectionGetsTheTemplatesText(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("business.template.md"), """
                ---
                id: BUS-[CONCEPT]
                status: draft
                created: [TIMESTAMP]
                ---

                # UC[N]-[CONCEPT]: [USE_CASE_NAME]

                ## Scope

                <!-- say what is in and out -->

                [What is in and what is out]

                ## Acceptance Criteria

                - [ ] BUS-[CONCEPT]-001: [Criterion]

                ---

                *Generated with smaqit v9.1.0*
                """);
        SchemaCatalog catalog = TemplateSchemas.load(templates, "templates");
        SpecFixer fixer = new SpecFixer(new Templates(catalog, Optional.of(templates)), Optional.empty(),
                LintRequest.DEFAULT_MAX_FILE_BYTES);

        FileFix fix = fixer.fix(candidate(), bytes("---\nid: BUS-SHOP\nstatus: draft\ncreated: 2026-01-01\n---\n\n"
                + "# UC1-SHOP: Shop\n\n## Acceptance Criteria\n\n- [ ] BUS-SHOP-001: A buyer can buy\n"));

        assertEquals("---\nid: BUS-SHOP\nstatus: draft\ncreated: 2026-01-01\n---\n\n# UC1-SHOP: Shop\n\n"
                + "## Scope\n\n<!-- say what is in and out -->\n\n[What is in and what is out]\n\n"
                + "## Acceptance Criteria\n\n- [ ] BUS-SHOP-001: A buyer can buy\n\n---\n\n"
                + "*Generated with smaqit v9.1.0*\n", text(fix.after()));
    }

    @Test
    void findingsOfARuleTheTeamTurnedOffAreNotFixed() {
        SpecFixer fixer = new SpecFixer(new Templates(SchemaCatalog.builtIn(), Optional.empty()), Optional.empty(),
                LintRequest.DEFAULT_MAX_FILE_BYTES, rule -> !rule.equals("table-columns"));

        FileFix fix = fixer.fix(candidate(), bytes(GAPS));

        assertEquals(List.of("section-missing", "footer-missing"), fix.changes().stream().map(Change::rule).toList());
        assertTrue(text(fix.after()).contains("\n| Actor | Goals |\n|-------|-------|\n"), text(fix.after()));
    }

    @Test
    void aSpecWithNothingToFixIsLeftAsItIs() {
        FileFix fix = fix(FIXED);

        assertFalse(fix.fixes());
        assertEquals(List.of(), fix.diff());
        assertEquals(Optional.empty(), fix.problem());
    }

    /** True when {@code after} is {@code before} with bytes inserted: every byte of before, in order, unchanged. */
    static boolean insertsOnly(byte[] before, byte[] after) {
        int next = 0;
        for (int i = 0; i < after.length && next < before.length; i++) {
            if (after[i] == before[next]) {
                next++;
            }
        }
        return next == before.length;
    }

    private FileFix fix(String text) {
        return fix(bytes(text));
    }

    private FileFix fix(byte[] bytes) {
        SpecFixer fixer = new SpecFixer(new Templates(SchemaCatalog.builtIn(), Optional.empty()), Optional.empty(),
                LintRequest.DEFAULT_MAX_FILE_BYTES);
        return fixer.fix(candidate(), bytes);
    }

    private CandidateFile candidate() {
        return new CandidateFile(specs.resolve("business/uc1-shop.md"), "business/uc1-shop.md",
                Optional.of(Layer.BUSINESS));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
