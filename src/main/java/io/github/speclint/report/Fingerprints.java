package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A stable name for each finding, for tools that track alerts across runs: a hash of the spec's id (its path when it
 * has none), the rule and what the finding is about (a criterion id, a section, a table, a link target), never its
 * line. Equal triples in one file are told apart by their order, so inserting lines above a finding keeps its name.
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static Map<Finding, String> of(LintResult result) {
        Map<String, String> specIds = new HashMap<>();
        for (SpecDocument spec : result.specs()) {
            specIds.put(spec.path(), spec.id().orElse(spec.path()));
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<Finding, String> fingerprints = new IdentityHashMap<>();
        for (Finding finding : result.findings()) {
            String key = specIds.getOrDefault(finding.path(), finding.path()) + "\u0000" + finding.ruleId() + "\u0000"
                    + finding.subject();
            int occurrence = seen.merge(key, 1, Integer::sum);
            fingerprints.put(finding, sha256(key + "\u0000" + occurrence));
        }
        return fingerprints;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
