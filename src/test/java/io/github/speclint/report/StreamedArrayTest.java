package io.github.speclint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON and SARIF files, whose findings and specs are built one at a time as they are written, hold exactly what
 * the whole tree would: with findings, suppressed findings, known and absent baseline entries.
 */
class StreamedArrayTest {

    private static final ObjectMapper WHOLE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path temp;

    @Test
    void streamedReportsEqualTheWholeTreeWritten() throws IOException {
        Path gaps = Path.of("src/it/gaps-tree/docs");
        List<LintResult> results = List.of(new Linter().lint(LintRequest.of(gaps, gaps)),
                AdoptedRun.of(Files.createDirectory(temp.resolve("adopted"))));
        for (LintResult result : results) {
            assertTrue(!result.findings().isEmpty() || !result.triage().suppressed().isEmpty());
            Path sarif = temp.resolve("out.sarif");
            new SarifReport().write(result, sarif);
            assertEquals(WHOLE.writeValueAsString(new SarifReport().toJson(result)),
                    Files.readString(sarif, StandardCharsets.UTF_8));
            Path json = temp.resolve("out.json");
            new JsonReport().write(result, json);
            assertEquals(WHOLE.writeValueAsString(new JsonReport().toJson(result)),
                    Files.readString(json, StandardCharsets.UTF_8));
        }
    }

    @Test
    void anEmptyStreamedArrayIsWrittenAsAnEmptyArray() throws IOException {
        Path clean = Path.of("src/it/clean-tree/docs");
        LintResult result = new Linter().lint(LintRequest.of(clean, clean));
        Path json = temp.resolve("clean.json");
        new JsonReport().write(result, json);

        assertEquals(List.of(), result.findings());
        assertEquals(WHOLE.writeValueAsString(new JsonReport().toJson(result)),
                Files.readString(json, StandardCharsets.UTF_8));
    }
}
