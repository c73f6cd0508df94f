package io.github.speclint.scaffold;

import io.github.speclint.LintRequest;
import io.github.speclint.Linter;
import io.github.speclint.model.Finding;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.TemplateSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** speclint:new's engine: file names, front matter, the filled template, and the refusals. */
class NewSpecTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @TempDir
    Path specs;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "business, business/uc1-auth.md, BUS-AUTH, # UC1-AUTH: Auth",
        "functional, functional/auth.md, FUN-AUTH, # Auth",
        "stack, stack/auth-stack.md, STK-AUTH, # Auth",
        "infrastructure, infrastructure/auth.md, INF-AUTH, # Auth",
        "coverage, coverage/auth-tests.md, COV-AUTH, # Auth",
    })
    void eachLayerGetsItsFileNameFrontMatterAndOnlyPlaceholdersToFill(String layer, String path, String id,
                                                                       String title) throws IOException {
        NewSpec.Result result = create(layer, "AUTH", null);

        assertEquals(path, result.path());
        List<String> lines = Files.readAllLines(specs.resolve(path));
        assertEquals(List.of("---", "id: " + id, "status: draft", "created: 2026-03-14", "---", "", title),
                lines.subList(0, 7));
        assertTrue(lines.contains("- [ ] " + id + "-001: [A condition a test can check]"), lines.toString());
        assertEquals("*Generated with smaqit v1.0*", lines.get(lines.size() - 1));
        assertFalse(result.findings().isEmpty(), "a fresh spec has placeholders to fill");
        assertEquals(List.of("placeholder-left"), result.findings().stream().map(Finding::ruleId).distinct().toList());
    }

    @Test
    void aLayerIsNamedByFolderOrPrefixAndTheTitleIsTheUsers() throws IOException {
        NewSpec.Result result = create("INF", "USER-LOGIN", "Sign-in hosting");

        assertEquals("infrastructure/user-login.md", result.path());
        assertTrue(Files.readString(specs.resolve(result.path())).contains("\n# Sign-in hosting\n"));
    }

    @Test
    void businessTakesTheNextUseCaseNumberAfterTheHighestInTitlesAndFileNames() throws IOException {
        write("business/uc2-orders.md", spec("BUS-ORDERS", "# UC2-ORDERS: Orders"));
        write("business/uc5-old.md", "not a spec, but its number is taken\n");

        NewSpec.Result result = create("business", "AUTH", "Sign in");

        assertEquals("business/uc6-auth.md", result.path());
        assertTrue(Files.readString(specs.resolve(result.path())).contains("\n# UC6-AUTH: Sign in\n"));
    }

    @Test
    void refusesAnIdTheTreeAlreadyHasAndWritesNothing() throws IOException {
        write("infrastructure/hosting.md", spec("INF-AUTH", "# Hosting"));

        SpecWriteRefused refused = assertThrows(SpecWriteRefused.class, () -> create("infrastructure", "AUTH", null));

        assertEquals("id INF-AUTH is already the id of infrastructure/hosting.md; spec ids are never reused, choose "
                + "another concept", refused.getMessage());
        assertFalse(Files.exists(specs.resolve("infrastructure/auth.md")));
    }

    @Test
    void refusesToOverwriteAFileAndLeavesItAsItWas() throws IOException {
        write("stack/auth-stack.md", "my notes\n");

        SpecWriteRefused refused = assertThrows(SpecWriteRefused.class, () -> create("stack", "AUTH", null));

        assertEquals("stack/auth-stack.md exists; speclint never overwrites a spec", refused.getMessage());
        assertEquals("my notes\n", Files.readString(specs.resolve("stack/auth-stack.md")));
    }

    @Test
    void neverWritesThroughASymbolicLink(@TempDir Path elsewhere) throws IOException {
        Files.createSymbolicLink(specs.resolve("functional"), elsewhere);

        assertThrows(SpecWriteRefused.class, () -> create("functional", "AUTH", null));

        try (var files = Files.list(elsewhere)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aDanglingLinkWithTheFileNameIsNotFollowed(@TempDir Path elsewhere) throws IOException {
        Files.createDirectories(specs.resolve("functional"));
        Files.createSymbolicLink(specs.resolve("functional/auth.md"), elsewhere.resolve("planted.md"));

        assertThrows(SpecWriteRefused.class, () -> create("functional", "AUTH", null));

        assertFalse(Files.exists(elsewhere.resolve("planted.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth", "../AUTH", "AUTH/../../X", "A--B", "-AUTH", "AUTH ", "A B", "",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO"})
    void refusesAConceptThatIsNotSmaqitsForm(String concept) throws IOException {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> create("functional", concept.equals("AUTH ") ? "AU TH" : concept, null));

        assertTrue(bad.getMessage().contains("is not a smaqit concept"), bad.getMessage());
        try (var files = Files.list(specs)) {
            assertEquals(0, files.count(), "nothing is written");
        }
    }

    @Test
    void refusesATitleOfSeveralLinesAndAnUnknownLayer() {
        assertThrows(IllegalArgumentException.class, () -> create("functional", "AUTH", "Auth\n## Injected"));
        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class,
                () -> create("security", "AUTH", null));
        assertEquals("unknown layer \"security\"; use one of [business, functional, stack, infrastructure, coverage]",
                layer.getMessage());
    }

    @Test
    void followsTheSmaqitVersionMostOfTheTreeIsWrittenWith() throws IOException {
        write("business/uc1-orders.md", spec("BUS-ORDERS", "# UC1-ORDERS: Orders") + "\n---\n\n"
                + "*Generated with smaqit v0.6.2-beta*\n");

        NewSpec.Result result = create("functional", "CART", null);

        String text = Files.readString(specs.resolve(result.path()));
        assertTrue(text.contains("\nprompt_version: [PROMPT_VERSION]\n"), text);
        assertTrue(text.endsWith("\n*Generated with smaqit v0.6.2-beta*\n"), text);
    }

    @Test
    void withTheProjectsTemplatesTheirTextIsFilledAndTheirGuidanceKept(@TempDir Path templates) throws IOException {
        Files.writeString(templates.resolve("business.template.md"), """
                ---
                id: BUS-[CONCEPT]
                status: draft
                created: [TIMESTAMP]
                ---

                # UC[N]-[CONCEPT]: [USE_CASE_NAME]

                <!-- UC[N]-[CONCEPT] is the use case's id; [CONCEPT] is upper case -->

                ## Scope

                [What the [CONCEPT] use case covers], see `BUS-[CONCEPT]-[NNN]` and [design](dsg-[concept].md)

                ## Acceptance Criteria

                - [ ] BUS-[CONCEPT]-001: [Criterion]
                - [ ] BUS-[CONCEPT]-NNN: [Criterion] *(untestable)*

                ---

                *Generated with smaqit v9.1.0*
                """);
        SchemaCatalog catalog = TemplateSchemas.load(templates, "templates");
        Templates project = new Templates(catalog, Optional.of(templates));

        NewSpec.Result result = NewSpec.create(new NewSpec.Request("business", "CHECK-OUT", "Check out", TODAY),
                project, Optional.empty(), new Linter(catalog), LintRequest.of(specs, specs));

        assertEquals("""
                ---
                id: BUS-CHECK-OUT
                status: draft
                created: 2026-03-14
                ---

                # UC1-CHECK-OUT: Check out

                <!-- UC[N]-[CONCEPT] is the use case's id; [CONCEPT] is upper case -->

                ## Scope

                [What the CHECK-OUT use case covers], see `BUS-CHECK-OUT-[NNN]` and [design](dsg-check-out.md)

                ## Acceptance Criteria

                - [ ] BUS-CHECK-OUT-001: [Criterion]
                - [ ] BUS-CHECK-OUT-002: [Criterion] *(untestable)*

                ---

                *Generated with smaqit v9.1.0*
                """, Files.readString(specs.resolve("business/uc1-check-out.md")));
        assertEquals("templates/business.template.md", result.template());
    }

    private NewSpec.Result create(String layer, String concept, String title) throws IOException {
        SchemaCatalog catalog = SchemaCatalog.builtIn();
        return NewSpec.create(new NewSpec.Request(layer, concept, title, TODAY),
                new Templates(catalog, Optional.empty()), Optional.empty(), new Linter(catalog),
                LintRequest.of(specs, specs));
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(specs.resolve(path).getParent());
        Files.writeString(specs.resolve(path), text, StandardCharsets.UTF_8);
    }

    private static String spec(String id, String title) {
        return "---\nid: " + id + "\nstatus: draft\ncreated: 2026-01-01\n---\n\n" + title + "\n";
    }
}
