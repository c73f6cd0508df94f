package io.github.speclint.schema;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project's own templates are its schema: layers, sections, tables, rows and placeholders come from them. */
class TemplateSchemasTest {

    private static final String BUSINESS = """
            ---
            id: BUS-[CONCEPT]
            status: draft
            created: [TIMESTAMP]
            ---

            # UC[N]-[CONCEPT]: [USE_CASE_NAME]

            ## Scope

            [What is in and what is out]

            ## Acceptance Criteria

            - [ ] BUS-[CONCEPT]-001: [Criterion]
            """;

    private static final String FUNCTIONAL = """
            ---
            id: FUN-[CONCEPT]
            status: draft
            created: [TIMESTAMP]
            ---

            # [CONCEPT_NAME]

            ## References

            ### Implements

            - [BUS-CONCEPT](../business/[FILENAME].md) — [Why]

            ## Behaviour

            [How it behaves]

            ### Errors (optional)

            [What goes wrong]

            ## Notes

            <!-- Omit this section if there is nothing to add -->

            [Anything else]

            ## Acceptance Criteria

            - [ ] FUN-[CONCEPT]-001: [Criterion]
            """;

    private static final String SECURITY = """
            ---
            id: SEC-[CONCEPT]
            status: draft
            created: [TIMESTAMP]
            owner: [TEAM]
            ---

            # [CONCEPT_NAME]

            ## References

            - [BUS-CONCEPT](../business/[FILENAME].md) — [Use case protected]
            - [FUN-CONCEPT](../functional/[FILENAME].md) — [Behaviour protected]

            ## Threat Model

            | Threat | Likelihood | Mitigation |
            |--------|------------|------------|
            | Spoofing | [Likelihood] | [Mitigation] |
            | Tampering | [Likelihood] | [Mitigation] |
            | Repudiation | [Likelihood — only for audited systems, omit otherwise] | [Mitigation] |
            | [THREAT_NAME] | [Likelihood] | [Mitigation] |

            ## Controls

            ### [CONTROL_NAME]

            [What the control does]

            ## Acceptance Criteria

            - [ ] SEC-[CONCEPT]-001: [Criterion]

            ---

            *Generated with smaqit v3.6.0*
            """;

    private static final String LOGIN_HARDENING = """
            ---
            id: SEC-LOGIN
            status: draft
            created: 2026-11-01
            owner: platform team
            ---

            # Login hardening

            ## References

            - [BUS-LOGIN](../business/uc1-login.md) — sign-in

            ## Threat Model

            | Threat | Likelihood | Mitigation |
            |--------|------------|------------|
            | Spoofing | high | [Mitigation] |
            | Brute force | high | rate limit |

            ## Acceptance Criteria

            - [ ] SEC-LOGIN-001: five failed attempts lock the account for [PERIOD] minutes

            ---

            *Generated with smaqit v3.6.0*
            """;

    private static final String LOGIN = """
            ---
            id: BUS-LOGIN
            status: draft
            created: 2026-11-01
            ---

            # UC1-LOGIN: Sign in

            ## Scope

            Signing in with a password.

            ## Acceptance Criteria

            - [ ] BUS-LOGIN-001: a user with the right password is signed in
            """;

    private static final String PROFILE = """
            ---
            id: FUN-PROFILE
            status: draft
            created: 2026-11-01
            ---

            # Profile page

            ## References

            ### Implements

            - [BUS-LOGIN](../business/uc1-login.md) — after sign-in

            ## Acceptance Criteria

            - [ ] FUN-PROFILE-001: the page shows the user's name [What is in and what is out]
            """;

    @TempDir
    Path project;

    @Test
    void theFileNameTheIdAndTheReferencesPlaceEachLayer() throws IOException {
        SchemaCatalog catalog = load(Map.of("business", BUSINESS, "functional", FUNCTIONAL, "security", SECURITY));

        assertEquals(List.of("business:BUS:0", "functional:FUN:1", "security:SEC:2"), catalog.layers().all().stream()
                .map(layer -> layer.folder() + ":" + layer.prefix() + ":" + layer.rank()).toList());
        LayerSchema security = schema(catalog, "security");
        assertEquals(List.of("business", "functional"), security.referenceFolders());
        assertEquals(List.of("id", "status", "created", "owner"), security.requiredFrontMatter());
        assertEquals(TitleStyle.FREE, security.titleStyle());
        assertEquals(TitleStyle.USE_CASE, schema(catalog, "business").titleStyle());
        assertEquals("security", security.layer().folder());
    }

    @Test
    void headingsTablesRowsAndGuidanceBecomeTheSections() throws IOException {
        SchemaCatalog catalog = load(Map.of("business", BUSINESS, "functional", FUNCTIONAL, "security", SECURITY));

        LayerSchema security = schema(catalog, "security");
        assertEquals(List.of("References", "Threat Model", "Controls", "Acceptance Criteria"),
                security.sections().stream().map(SectionRule::heading).toList());
        TableRule threats = security.sections().get(1).tables().get(0);
        assertEquals(List.of("Threat", "Likelihood", "Mitigation"), threats.columns());
        assertEquals(List.of(new RowRule("Spoofing", false), new RowRule("Tampering", false),
                new RowRule("Repudiation", true)), threats.rows());
        SectionRule control = security.sections().get(2).children().get(0);
        assertTrue(control.userNamed());
        assertEquals("control", control.heading());
        assertEquals(3, control.level());

        LayerSchema functional = schema(catalog, "functional");
        SectionRule behaviour = functional.sections().get(1);
        assertFalse(behaviour.optional());
        assertEquals("Errors", behaviour.children().get(0).heading());
        assertTrue(behaviour.children().get(0).optional(), "\"(optional)\" in the heading");
        assertTrue(functional.sections().get(2).optional(), "\"Omit this section if\" in its comment");
        assertTrue(functional.sections().get(0).children().get(0).optional(), "References only group links");
        assertEquals("Justification", functional.sections().get(0).children().get(1).heading());
        assertTrue(functional.placeholders().contains("[What goes wrong]"));
        assertTrue(functional.placeholders().contains("[FILENAME]"), "placeholders in link destinations count");
        assertTrue(security.placeholders().contains("[TEAM]"), "placeholders in front matter count");
    }

    @Test
    void aSixthLayerIsLintedWithNoOtherSetting() throws IOException {
        SchemaCatalog catalog = load(Map.of("business", BUSINESS, "functional", FUNCTIONAL, "security", SECURITY));
        write("specs/business/uc1-login.md", LOGIN);
        write("specs/security/login-hardening.md", LOGIN_HARDENING);

        LintResult result = lint(catalog);

        assertEquals(List.of(
                "specs/security/login-hardening.md:16:1 table-row-missing",
                "specs/security/login-hardening.md:18:21 placeholder-left",
                "specs/security/login-hardening.md:21:1 section-missing"), lines(result),
                "Tampering is missing, Repudiation may be left out; [PERIOD] is the author's, not the template's");
        assertEquals(1, result.statistics().specsPerLayer().get(catalog.layers().byFolder("security").orElseThrow()));
    }

    @Test
    void anEditedTemplateChangesTheFindings() throws IOException {
        write("specs/business/uc1-login.md", LOGIN);
        write("specs/functional/profile.md", PROFILE);
        SchemaCatalog asInstalled = load(Map.of("business", BUSINESS, "functional", FUNCTIONAL));
        assertEquals(List.of("specs/functional/profile.md:15:1 section-missing"), lines(lint(asInstalled)));

        SchemaCatalog edited = load(Map.of("business", BUSINESS, "functional", FUNCTIONAL
                .replace("## Behaviour\n\n[How it behaves]\n\n### Errors (optional)\n\n[What goes wrong]\n\n", "")));
        assertEquals(List.of(), lines(lint(edited)), "without Behaviour in the template it is not missing, and a "
                + "business template phrase is not a functional one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Business.template.md | # x | Business.template.md:1: a template's file name is <layer folder>.template.md",
        "business.template.md | # x | business.template.md:1: a template starts with a \"---\" front matter block",
        "business.template.md | ---\\nstatus: draft\\n---\\n# x\\n## A | business.template.md:1: the front matter has no",
        "business.template.md | ---\\nid: BUS-[CONCEPT]\\n | business.template.md:1: the front matter is not closed",
        "business.template.md | ---\\nid: bus-x\\n---\\n | business.template.md:2: id \"bus-x\" is not",
        "business.template.md | ---\\n- id\\n---\\n | business.template.md:2: front matter line is not",
        "business.template.md | ---\\nid: BUS-[X]\\n---\\n\\n## A | business.template.md:4: the template has no \"# \" title",
        "business.template.md | ---\\nid: BUS-[X]\\n---\\n\\n# T\\n\\ntext | business.template.md:4: the template has no \"## \" sections",
        "stack.template.md | ---\\nid: STK-[X]\\n---\\n# T\\n## References\\n- [F](../functional/x.md)\\n## A | stack.template.md:6: References link the functional layer, which has no template",
    })
    void aTemplateThatMakesNoSenseIsAnErrorAtItsLine(String file, String text, String expected) throws IOException {
        Path folder = Files.createDirectories(project.resolve("templates"));
        Files.writeString(folder.resolve(file), text.replace("\\n", "\n"));
        if (!file.toLowerCase(java.util.Locale.ROOT).startsWith("business")) {
            Files.writeString(folder.resolve("business.template.md"), BUSINESS);
        }

        TemplateException error = assertThrows(TemplateException.class, () -> TemplateSchemas.load(folder, "t"));
        assertTrue(error.getMessage().startsWith("template t/" + expected), error.getMessage());
    }

    @Test
    void twoTemplatesWithOnePrefixAreAnError() throws IOException {
        TemplateException error = assertThrows(TemplateException.class, () -> load(Map.of("business", BUSINESS,
                "security", BUSINESS)));
        assertEquals("template t/security.template.md:2: id prefix BUS is also the business template's; each layer "
                + "needs its own prefix", error.getMessage());
    }

    @Test
    void anEmptyFolderIsAnError() throws IOException {
        Path folder = Files.createDirectories(project.resolve("templates"));
        TemplateException error = assertThrows(TemplateException.class, () -> TemplateSchemas.load(folder, "t"));
        assertTrue(error.getMessage().startsWith("template t:1: no <layer>.template.md file"), error.getMessage());
    }

    @Test
    void theInstalledTemplatesAreUsedUnlessAProfileIsForced() throws IOException {
        Path installed = Files.createDirectories(project.resolve(SchemaSource.INSTALLED));
        Files.writeString(installed.resolve("business.template.md"), BUSINESS);

        SchemaCatalog auto = SchemaSource.choose("auto", null, project, project);
        assertEquals(List.of(Layer.BUSINESS), auto.layers().all());
        assertFalse(auto.profileForVersion(Optional.empty()).builtIn());
        assertTrue(SchemaSource.choose("1.0", null, project, project).profileForVersion(Optional.empty()).builtIn());
        assertTrue(SchemaSource.choose("auto", null, project.resolve("elsewhere"), project)
                .profileForVersion(Optional.empty()).builtIn(), "no templates installed: the built-in schemas");
        TemplateException missing = assertThrows(TemplateException.class,
                () -> SchemaSource.choose("auto", project.resolve("nowhere"), project, project));
        assertTrue(missing.getMessage().startsWith("template nowhere:1: no such folder"), missing.getMessage());
    }

    private SchemaCatalog load(Map<String, String> templates) throws IOException {
        Path folder = Files.createDirectories(project.resolve("templates"));
        for (Map.Entry<String, String> template : templates.entrySet()) {
            Files.writeString(folder.resolve(template.getKey() + ".template.md"), template.getValue());
        }
        return TemplateSchemas.load(folder, "t");
    }

    private static LayerSchema schema(SchemaCatalog catalog, String folder) {
        return catalog.schema(catalog.layers().byFolder(folder).orElseThrow(),
                catalog.profileForVersion(Optional.empty()));
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private LintResult lint(SchemaCatalog catalog) throws IOException {
        return new Linter(catalog).lint(LintRequest.of(project.resolve("specs"), project));
    }

    private static List<String> lines(LintResult result) {
        return result.findings().stream()
                .filter(f -> !f.ruleId().equals("footer-missing"))
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()).toList();
    }
}
