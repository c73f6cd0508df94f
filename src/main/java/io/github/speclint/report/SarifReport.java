package io.github.speclint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.speclint.LintResult;
import io.github.speclint.SpeclintVersion;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleInfo;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0, the format code-scanning tools read: one run, the rules in the driver, one result per finding. */
public final class SarifReport {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<RuleInfo> rules;

    public SarifReport(List<RuleInfo> rules) {
        this.rules = List.copyOf(rules);
    }

    public void write(LintResult result, Path file) throws IOException {
        JSON.writeValue(file.toFile(), toJson(result));
    }

    ObjectNode toJson(LintResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "speclint");
        driver.put("version", SpeclintVersion.get());
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleArray = driver.putArray("rules");
        for (RuleInfo rule : rules) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode node = ruleArray.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.summary());
            node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding finding : result.findings()) {
            results.add(result(finding, ruleIndex));
        }
        return root;
    }

    private static ObjectNode result(Finding finding, Map<String, Integer> ruleIndex) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ruleId", finding.ruleId());
        if (ruleIndex.containsKey(finding.ruleId())) {
            node.put("ruleIndex", ruleIndex.get(finding.ruleId()));
        }
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", finding.message());
        ObjectNode location = node.putArray("locations").addObject().putObject("physicalLocation");
        location.putObject("artifactLocation").put("uri", uri(finding.path()));
        ObjectNode region = location.putObject("region");
        region.put("startLine", finding.line());
        region.put("startColumn", finding.column());
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

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
