package io.github.speclint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.speclint.LintResult;
import io.github.speclint.SpeclintVersion;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Triage;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Suppression;
import io.github.speclint.rules.RuleDocs;
import io.github.speclint.rules.RuleInfo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0, the format code-scanning tools read: one run; the rules that ran, with short and full descriptions,
 * help and built-in level (a severity the team changed is a configuration override of the invocation); one result
 * per finding, suppressed ones with their suppression and, with a baseline, each with its baseline state with a relative location against the project root and a fingerprint that
 * does not depend on line numbers.
 */
public final class SarifReport implements Report {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String ROOT = "PROJECTROOT";
    static final String FINGERPRINT = "speclint/v1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(LintResult result, Path file) throws IOException {
        JSON.writeValue(file.toFile(), toJson(result, true));
    }

    ObjectNode toJson(LintResult result) {
        return toJson(result, false);
    }

    /** @param streamed the results built one at a time as the file is written, not held at once */
    ObjectNode toJson(LintResult result, boolean streamed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "speclint");
        driver.put("version", SpeclintVersion.get());
        driver.put("semanticVersion", SpeclintVersion.get());
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleInfo rule : result.rulesRun().rules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ruleArray.add(rule(rule));
        }
        run.putObject("originalUriBaseIds").putObject(ROOT).put("uri", directoryUri(result.baseDirectory()));
        results(run, result.triage(), ruleIndex, streamed);
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        overrides(invocation, result.rulesRun().changed(), ruleIndex);
        return root;
    }

    /**
     * Every finding in file order: those that count, those the baseline knows ({@code baselineState} new and
     * unchanged when there is a baseline), those a comment suppressed (with the comment's reason as justification);
     * then the baseline entries no finding matched any more ({@code absent}).
     */
    private static void results(ObjectNode run, Triage triage, Map<String, Integer> ruleIndex, boolean streamed) {
        Set<Finding> known = Collections.newSetFromMap(new IdentityHashMap<>());
        known.addAll(triage.known());
        Map<Finding, Suppression> suppressed = new IdentityHashMap<>();
        triage.suppressed().forEach(s -> suppressed.put(s.finding(), s.by()));
        List<Finding> all = new ArrayList<>(triage.counted());
        all.addAll(triage.known());
        all.addAll(suppressed.keySet());
        all.sort(Finding.ORDER);
        List<Object> results = new ArrayList<>(all);
        results.addAll(triage.absent());
        StreamedArray.put(run, "results", results, item -> item instanceof Finding finding
                ? result(finding, ruleIndex, triage, known, suppressed.get(finding))
                : absent((Baseline.Entry) item, ruleIndex), streamed);
    }

    private static ObjectNode result(Finding finding, Map<String, Integer> ruleIndex, Triage triage,
                                     Set<Finding> known, Suppression by) {
        ObjectNode node = result(finding, ruleIndex, triage.fingerprints().of(finding));
        if (by != null) {
            suppression(node, by, finding.path());
        } else if (triage.baselineUsed()) {
            node.put("baselineState", known.contains(finding) ? "unchanged" : "new");
        }
        return node;
    }

    /** SARIF's in-source suppression: the comment's reason is the justification, the comment its location. */
    private static void suppression(ObjectNode result, Suppression by, String path) {
        ObjectNode suppression = result.putArray("suppressions").addObject();
        suppression.put("kind", "inSource");
        suppression.put("status", "accepted");
        suppression.put("justification", by.reason());
        ObjectNode location = suppression.putObject("location").putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri(path)).put("uriBaseId", ROOT);
        location.putObject("region").put("startLine", by.position().line()).put("startColumn", by.position().column());
        by.until().ifPresent(until -> suppression.putObject("properties").put("until", until.toString()));
    }

    /** A baseline entry that no longer occurs: what it was and where, without a line, which the baseline never keeps. */
    private static ObjectNode absent(Baseline.Entry entry, Map<String, Integer> ruleIndex) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ruleId", entry.ruleId());
        if (ruleIndex.containsKey(entry.ruleId())) {
            node.put("ruleIndex", ruleIndex.get(entry.ruleId()));
        }
        node.put("level", level(entry.severity()));
        node.putObject("message").put("text", entry.message());
        node.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                .put("uri", uri(entry.path())).put("uriBaseId", ROOT);
        node.putObject("partialFingerprints").put(FINGERPRINT, entry.fingerprint());
        node.put("baselineState", "absent");
        return node;
    }

    /** Rules the team set to another severity: SARIF keeps the built-in level on the rule and says so here. */
    private static void overrides(ObjectNode invocation, Map<String, Severity> changed, Map<String, Integer> ruleIndex) {
        changed.forEach((id, severity) -> {
            if (!ruleIndex.containsKey(id)) {
                return;
            }
            ArrayNode overrides = invocation.has("ruleConfigurationOverrides")
                    ? (ArrayNode) invocation.get("ruleConfigurationOverrides")
                    : invocation.putArray("ruleConfigurationOverrides");
            ObjectNode override = overrides.addObject();
            override.putObject("descriptor").put("id", id).put("index", ruleIndex.get(id));
            override.putObject("configuration").put("level", level(severity));
        });
    }

    private static ObjectNode rule(RuleInfo rule) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", rule.id());
        node.put("name", rule.id());
        node.putObject("shortDescription").put("text", rule.summary());
        node.putObject("fullDescription").put("text", RuleDocs.description(rule.id()).orElse(rule.summary()));
        RuleDocs.markdown(rule.id()).ifPresent(help -> {
            ObjectNode helpNode = node.putObject("help");
            helpNode.put("text", RuleDocs.plain(help));
            helpNode.put("markdown", help);
        });
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        node.putObject("properties").putArray("tags").add(rule.id().substring(0, rule.id().indexOf('-')));
        return node;
    }

    private static ObjectNode result(Finding finding, Map<String, Integer> ruleIndex, String fingerprint) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ruleId", finding.ruleId());
        if (ruleIndex.containsKey(finding.ruleId())) {
            node.put("ruleIndex", ruleIndex.get(finding.ruleId()));
        }
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", finding.message());
        ObjectNode location = node.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = location.putObject("artifactLocation");
        artifact.put("uri", uri(finding.path()));
        artifact.put("uriBaseId", ROOT);
        ObjectNode region = location.putObject("region");
        region.put("startLine", finding.line());
        region.put("startColumn", finding.column());
        node.putObject("partialFingerprints").put(FINGERPRINT, fingerprint);
        if (!finding.module().isEmpty()) {
            node.putObject("properties").put("module", finding.module());
        }
        return node;
    }

    /** A path as a relative URI reference: spaces and non-ASCII characters percent-encoded. */
    static String uri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** SARIF wants base URIs of folders to end with a slash. */
    private static String directoryUri(Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
