package io.github.speclint.report;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Lint results of the project's own trees, for the report tests. */
final class Reports {

    static final Path CLEAN = Path.of("src/it/clean-tree/docs");
    static final Path GAPS = Path.of("src/it/gaps-tree/docs");
    static final Path EXAMPLES = Path.of("examples");
    /** Two business specs that share one design pair (smaqit 2.x-3.x), all checks passing. */
    static final Path DESIGNS = Path.of("src/test/resources/rules/design-backlink/pass");

    private Reports() {
    }

    static LintResult lint(Path tree) {
        try {
            return new Linter().lint(LintRequest.of(tree, tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
