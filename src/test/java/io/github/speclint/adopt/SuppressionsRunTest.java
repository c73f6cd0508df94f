package io.github.speclint.adopt;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.SpecTrees;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Suppressions in a run: each form silences the findings it covers, silenced findings are kept apart and counted,
 * and comments that cannot silence anything (no reason, expired, unused) are findings themselves.
 */
class SuppressionsRunTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path project;
    private Path docs;

    @BeforeEach
    void copyTheGapsTree() throws IOException {
        docs = project.resolve("docs");
        SpecTrees.copy(Path.of("src/it/gaps-tree/docs"), docs);
    }

    @Test
    void eachFormSilencesWhatItCoversAndTheSilencedFindingsAreCountedApart() throws IOException {
        insertBefore("business/uc1-signup.md", "# UC1-SIGNUP",
                "<!-- speclint-disable-file frontmatter-status -- the status is migrated by the release script -->");
        replace("business/uc1-signup.md", "[What this actor wants to achieve] |", "[What this actor wants to achieve] "
                + "<!-- speclint-disable-line placeholder-left -- the goals come from the interviews --> |");
        insertBefore("functional/subscription.md", "- [ ] FUN-SUBSCRIPTION-01:",
                "<!-- speclint-disable-next-line criterion-id -- renumbered with the next release -->");
        insertBefore("infrastructure/auth.md", "### Resources",
                "<!-- speclint-disable table-columns -- sized by the platform team -->");
        insertBefore("infrastructure/auth.md", "## Networking", "<!-- speclint-enable table-columns -->\n");

        LintResult result = lint(Policy.defaults().on(TODAY));

        assertEquals(List.of("business/uc1-signup.md criterion-duplicate-id", "functional/subscription.md "
                + "section-missing"), rules(result.findings()));
        assertEquals(List.of("business/uc1-signup.md frontmatter-status", "business/uc1-signup.md placeholder-left",
                "functional/subscription.md criterion-id", "infrastructure/auth.md table-columns"),
                rules(result.triage().suppressed().stream().map(Suppressed::finding).toList()));
        assertEquals(List.of("the status is migrated by the release script", "the goals come from the interviews",
                "renumbered with the next release", "sized by the platform team"), result.triage().suppressed()
                .stream().map(s -> s.by().reason()).toList());
        assertEquals(2, result.statistics().errors());
        assertEquals(4, result.statistics().suppressed());
        assertTrue(ConsoleFormat.summary(result.statistics()).contains(", 2 errors, 0 warnings, 4 suppressed in "),
                ConsoleFormat.summary(result.statistics()));
    }

    @Test
    void aLineSuppressionAfterARowsClosingPipeIsReadAndIsNoExtraCell() throws IOException {
        replace("business/uc1-signup.md", "[What this actor wants to achieve] |", "[What this actor wants to achieve] | "
                + "<!-- speclint-disable-line placeholder-left -- the goals come from the interviews -->");

        LintResult result = lint(Policy.defaults().on(TODAY));

        assertEquals(List.of("business/uc1-signup.md placeholder-left"),
                rules(result.triage().suppressed().stream().map(Suppressed::finding).toList()));
        assertFalse(rules(result.findings()).contains("business/uc1-signup.md table-row-cells"),
                rules(result.findings()).toString());
        assertFalse(rules(result.findings()).contains("business/uc1-signup.md suppression-unused"),
                rules(result.findings()).toString());
    }

    @Test
    void anHtmlCommentPastARowsCellsIsAnExtraCellWhenItIsNotAlone() throws IOException {
        replace("business/uc1-signup.md", "[What this actor wants to achieve] |", "[What this actor wants to achieve] | "
                + "more <!-- speclint-disable-line placeholder-left -- the goals come from the interviews -->");

        LintResult result = lint(Policy.defaults().on(TODAY));

        assertTrue(rules(result.findings()).contains("business/uc1-signup.md table-row-cells"),
                rules(result.findings()).toString());
    }

    @Test
    void aCrossDocumentFindingIsSilencedInTheSpecItIsReportedOn() throws IOException {
        SpecTrees.copy(Path.of("src/it/clean-tree/docs"), docs);
        replace("stack/web-stack.md", "(../functional/return-flow.md)", "(../functional/returns.md)");
        insertBefore("stack/web-stack.md", "- [FUN-RETURN-FLOW]",
                "<!-- speclint-disable-next-line reference-broken-link -- returns.md lands with the next PR -->");

        LintResult result = lint(Policy.defaults().on(TODAY));

        assertFalse(result.findings().stream().anyMatch(f -> f.ruleId().equals("reference-broken-link")));
        assertEquals(List.of("stack/web-stack.md reference-broken-link"),
                rules(result.triage().suppressed().stream().map(Suppressed::finding).toList()));
    }

    @Test
    void anExpiredSuppressionSilencesNothingAndNamesItsDate() throws IOException {
        insertBefore("functional/subscription.md", "- [ ] FUN-SUBSCRIPTION-01:",
                "<!-- speclint-disable-next-line criterion-id until=2026-05-31 -- renumbered in May -->");

        LintResult expired = lint(Policy.defaults().on(TODAY));
        LintResult lastDay = lint(Policy.defaults().on(TODAY.minusDays(1)));

        assertTrue(rules(expired.findings()).contains("functional/subscription.md criterion-id"));
        assertTrue(expired.findings().stream().anyMatch(f -> f.ruleId().equals("suppression-expired")
                && f.message().contains("expired on 2026-05-31")));
        assertFalse(rules(lastDay.findings()).contains("functional/subscription.md criterion-id"),
                "until= is the last day it applies");
        assertFalse(lastDay.findings().stream().anyMatch(f -> f.ruleId().equals("suppression-expired")));
    }

    @Test
    void aSuppressionWithoutAReasonSilencesNothing() throws IOException {
        insertBefore("functional/subscription.md", "- [ ] FUN-SUBSCRIPTION-01:",
                "<!-- speclint-disable-next-line criterion-id -->");

        LintResult result = lint(Policy.defaults().on(TODAY));

        assertTrue(rules(result.findings()).contains("functional/subscription.md criterion-id"));
        assertTrue(rules(result.findings()).contains("functional/subscription.md suppression-reason-missing"));
        assertEquals(0, result.statistics().suppressed());
    }

    @Test
    void aSuppressionOfNothingIsAWarningUnlessItsRuleIsOff() throws IOException {
        insertBefore("functional/subscription.md", "## Acceptance Criteria",
                "<!-- speclint-disable-next-line table-columns,footer-missing -- no table here -->");

        LintResult result = lint(Policy.defaults().on(TODAY));
        LintResult footerOff = lint(Policy.of(RuleSeverities.of(Map.of("footer-missing", "off"), "test",
                RuleSet.all())).on(TODAY));

        assertEquals(List.of("speclint-disable-next-line footer-missing silences nothing: there is no footer-missing "
                        + "finding on line 68; remove it", "speclint-disable-next-line table-columns silences "
                        + "nothing: there is no table-columns finding on line 68; remove it"),
                messages(result, "suppression-unused"));
        assertEquals(1, messages(footerOff, "suppression-unused").size());
    }

    @Test
    void findingsAboutSuppressionsCannotBeSuppressed() throws IOException {
        insertBefore("functional/subscription.md", "# ", "<!-- speclint-disable-file suppression-unused -- quiet -->\n"
                + "<!-- speclint-disable-next-line table-columns -- nothing to silence -->");

        LintResult result = lint(Policy.defaults().on(TODAY));

        assertEquals(1, messages(result, "suppression-unused").size());
        assertEquals(1, messages(result, "suppression-invalid").size());
    }

    @Test
    void addingASuppressionRenamesNoOtherFinding() throws IOException {
        LintResult before = lint(Policy.defaults().on(TODAY));
        insertBefore("functional/subscription.md", "- [ ] FUN-SUBSCRIPTION-01:",
                "<!-- speclint-disable-next-line criterion-id -- renumbered with the next release -->");
        LintResult after = lint(Policy.defaults().on(TODAY));

        for (Finding finding : after.findings()) {
            Finding same = before.findings().stream().filter(f -> f.ruleId().equals(finding.ruleId())
                    && f.path().equals(finding.path()) && f.subject().equals(finding.subject())).findFirst()
                    .orElseThrow();
            assertEquals(before.triage().fingerprints().of(same), after.triage().fingerprints().of(finding));
        }
        Finding silenced = after.triage().suppressed().get(0).finding();
        Finding unsilenced = before.findings().stream().filter(f -> f.ruleId().equals("criterion-id")).findFirst()
                .orElseThrow();
        assertEquals(before.triage().fingerprints().of(unsilenced), after.triage().fingerprints().of(silenced));
    }

    private LintResult lint(Policy policy) throws IOException {
        return new Linter(policy).lint(LintRequest.of(docs, docs));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.path() + " " + f.ruleId()).toList();
    }

    private static List<String> messages(LintResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::message).toList();
    }

    private void insertBefore(String file, String anchor, String lines) throws IOException {
        replace(file, anchor, lines + "\n" + anchor);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = docs.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }
}
