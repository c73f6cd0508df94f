package io.github.speclint.adopt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectSettingsTest {

    @TempDir
    Path project;

    @Test
    void withoutTheFileThereAreNoSettings() throws IOException {
        assertEquals(Map.of(), ProjectSettings.read(project).rules());
    }

    @Test
    void readsTheRulesAsWrittenWithOffStayingTheWordOff() throws IOException {
        write("# shared by every run\nrules:\n  section-unknown: off\n  table-columns: warning\n  footer-missing: no\n");

        assertEquals(Map.of("section-unknown", "off", "table-columns", "warning", "footer-missing", "no"),
                ProjectSettings.read(project).rules());
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheLine() throws IOException {
        write("rules:\n  table-columns: warning\nrulez:\n  x: off\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ProjectSettings.read(project));

        assertEquals("speclint.yml line 3: unknown key \"rulez\"; the file knows rules", error.getMessage());
    }

    @Test
    void aRuleSetTwiceIsAnError() throws IOException {
        write("rules:\n  table-columns: warning\n  table-columns: off\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ProjectSettings.read(project));

        assertEquals("speclint.yml line 3: rule table-columns is set twice; keep one", error.getMessage());
    }

    @Test
    void brokenYamlAndOtherShapesAreErrorsNotTraces() throws IOException {
        write("rules: [table-columns\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(project)).getMessage()
                .startsWith("speclint.yml is not valid YAML: "));

        write("rules:\n  - table-columns\n");
        assertEquals("speclint.yml line 2: rules must be key: value lines",
                assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(project)).getMessage());

        write("rules:\n  table-columns: !!java.lang.Runtime warning\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ProjectSettings.read(project)).getMessage()
                .contains("Global tag is not allowed"), "a Java tag is refused, never constructed");
    }

    private void write(String yaml) throws IOException {
        Files.writeString(project.resolve("speclint.yml"), yaml);
    }
}
