package io.github.speclint.report;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.SpecTrees;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.BaselineFile;
import io.github.speclint.adopt.Policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run of a team that adopted speclint on the gaps tree: a baseline of its six findings, then one fixed (its entry
 * absent), one new, and one silenced by a comment whose reason holds markup.
 */
final class AdoptedRun {

    static final String REASON = "renumbered with the next release <b>&</b>";

    private AdoptedRun() {
    }

    static LintResult of(Path project) throws IOException {
        Path docs = project.resolve("docs");
        SpecTrees.copy(Path.of("src/it/gaps-tree/docs"), docs);
        Baseline baseline = BaselineFile.of(new Linter().lint(LintRequest.of(docs, docs)).triage());
        edit(docs.resolve("infrastructure/auth.md"), "| Service | Type | CPU |\n|---------|------|-----|\n"
                + "| mailer | Container | 0.5 |", "| Service | Type | CPU | Memory | Storage | Purpose |\n"
                + "|---|---|---|---|---|---|\n| mailer | Container | 0.5 | 256 MiB | none | sends mail |");
        edit(docs.resolve("functional/subscription.md"), "status: draft", "status: finished");
        edit(docs.resolve("functional/subscription.md"), "- [ ] FUN-SUBSCRIPTION-01:", "<!-- speclint-disable-next-line "
                + "criterion-id until=2999-01-01 -- " + REASON + " -->\n- [ ] FUN-SUBSCRIPTION-01:");
        return new Linter(Policy.defaults().withBaseline(baseline)).lint(LintRequest.of(docs, docs));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " lacks " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
