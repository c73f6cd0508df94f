package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;

import java.util.HashMap;
import java.util.Map;

/** Errors and warnings of one file. */
record FindingCounts(int errors, int warnings) {

    static final FindingCounts NONE = new FindingCounts(0, 0);

    FindingCounts plus(Finding finding) {
        return new FindingCounts(errors + (finding.severity() == Severity.ERROR ? 1 : 0),
                warnings + (finding.severity() == Severity.WARNING ? 1 : 0));
    }

    static Map<String, FindingCounts> byPath(LintResult result) {
        Map<String, FindingCounts> counts = new HashMap<>();
        for (Finding finding : result.findings()) {
            counts.merge(finding.path(), NONE.plus(finding), (a, b) -> new FindingCounts(a.errors + b.errors,
                    a.warnings + b.warnings));
        }
        return counts;
    }
}
