package io.github.speclint.adopt;

import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stable name for each finding, for tools that track alerts across runs and for the baseline: a hash of the
 * spec's id (its path when it has none), the rule and what the finding is about (a criterion id, a section, a table,
 * a link target), never its line. Equal triples in one spec are told apart by their order, so inserting lines above
 * a finding keeps its name, and so does renaming the file of a spec with an id.
 */
public final class Fingerprints {

    private final List<Finding> findings;
    private final Collection<SpecDocument> specs;
    /** Worked out on first use: a console run without a baseline never asks for a fingerprint. */
    private Map<Finding, String> byFinding;

    private Fingerprints(List<Finding> findings, Collection<SpecDocument> specs) {
        this.findings = List.copyOf(findings);
        this.specs = List.copyOf(specs);
    }

    /**
     * @param findings every finding of the run, sorted; suppressed ones included, so that adding or removing a
     *                 suppression does not rename the findings beside it
     */
    public static Fingerprints of(List<Finding> findings, Collection<SpecDocument> specs) {
        return new Fingerprints(findings, specs);
    }

    private static Map<Finding, String> compute(List<Finding> findings, Collection<SpecDocument> specs) {
        Map<String, String> specIds = new HashMap<>();
        for (SpecDocument spec : specs) {
            specIds.put(spec.path(), spec.id().orElse(spec.path()));
        }
        // an id may be long and have many findings: it is hashed once per spec, not once per finding
        Map<String, MessageDigest> digestOfSpec = new HashMap<>();
        Map<Key, Integer> seen = new HashMap<>();
        Map<Finding, String> fingerprints = new IdentityHashMap<>();
        for (Finding finding : findings) {
            String spec = specIds.getOrDefault(finding.path(), finding.path());
            int occurrence = seen.merge(new Key(spec, finding.ruleId(), finding.subject()), 1, Integer::sum);
            MessageDigest digest = copy(digestOfSpec.computeIfAbsent(spec, Fingerprints::started));
            digest.update(("\u0000" + finding.ruleId() + "\u0000" + finding.subject() + "\u0000" + occurrence)
                    .getBytes(StandardCharsets.UTF_8));
            fingerprints.put(finding, HexFormat.of().formatHex(digest.digest()));
        }
        return fingerprints;
    }

    /** What a finding is counted by; the spec's id is the same String object for all its findings. */
    private record Key(String spec, String rule, String subject) {
    }

    /** @throws IllegalArgumentException for a finding that was not among those fingerprinted */
    public String of(Finding finding) {
        String fingerprint = computed().get(finding);
        if (fingerprint == null) {
            throw new IllegalArgumentException("no fingerprint for " + finding);
        }
        return fingerprint;
    }

    private synchronized Map<Finding, String> computed() {
        if (byFinding == null) {
            byFinding = compute(findings, specs);
        }
        return byFinding;
    }

    /** A SHA-256 digest that has read the spec's id (or path). */
    private static MessageDigest started(String spec) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(spec.getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the runtime's SHA-256 can be cloned", e);
        }
    }
}
