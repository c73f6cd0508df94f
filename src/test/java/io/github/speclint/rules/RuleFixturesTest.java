package io.github.speclint.rules;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.report.ConsoleFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule has a failing and a passing fixture under {@code src/test/resources/rules/<rule-id>/}: the failing
 * tree yields exactly the finding lines in its {@code expected.txt} for that rule (file, line, column and message),
 * and the passing tree yields none. A fixture's {@code test-reports/} folder, when it has one, holds the JUnit XML
 * reports the run reads.
 */
class RuleFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules");

    static Stream<String> ruleIds() {
        return RuleSet.all().stream().map(RuleInfo::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void failingFixtureYieldsExactlyTheExpectedFindings(String ruleId) throws IOException {
        Path dir = FIXTURES.resolve(ruleId).resolve("fail");
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
        assertFalse(expected.isEmpty(), "a failing fixture must expect at least one finding");

        assertEquals(String.join("\n", expected), String.join("\n", findings(dir, ruleId)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void passingFixtureYieldsNoFindings(String ruleId) throws IOException {
        Path dir = FIXTURES.resolve(ruleId).resolve("pass");
        assertTrue(Files.isDirectory(dir), "missing passing fixture " + dir);

        assertEquals(List.of(), findings(dir, ruleId));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void ruleIsDocumentedInRulesMd(String ruleId) throws IOException {
        String doc = Files.readString(Path.of("RULES.md"), StandardCharsets.UTF_8);

        assertTrue(doc.contains("\n## `" + ruleId + "`\n"), "RULES.md has no entry for " + ruleId);
        String entry = RuleDocs.markdown(ruleId).orElseThrow();
        assertTrue(entry.contains("Bad") && entry.contains("Good"), "RULES.md entry lacks a bad and a good example: "
                + ruleId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleIds")
    void ruleIsListedInTheReadmeWithItsSeverity(String ruleId) throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String severity = RuleSet.all().stream().filter(r -> r.id().equals(ruleId)).findFirst().orElseThrow()
                .severity().label();

        assertTrue(readme.contains("| `" + ruleId + "` | " + severity + " |"), "README.md rule table lacks " + ruleId);
    }

    private static List<String> findings(Path dir, String ruleId) throws IOException {
        Path reports = dir.resolve("test-reports");
        LintRequest request = LintRequest.of(dir, dir)
                .withTestReports(Files.isDirectory(reports) ? List.of(reports) : List.of());
        LintResult result = new Linter().lint(request);
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(ConsoleFormat::line).toList();
    }
}
