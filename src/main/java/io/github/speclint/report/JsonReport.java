package io.github.speclint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.speclint.LintResult;
import io.github.speclint.LintStatistics;
import io.github.speclint.SpeclintVersion;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Fingerprints;
import io.github.speclint.adopt.Suppressed;
import io.github.speclint.adopt.Triage;
import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.DesignSpecification;
import io.github.speclint.graph.ResolvedDesignLink;
import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Criterion;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.model.Suppression;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code speclint.json}: the findings, the run's figures and the spec graph (each spec with its id, layer, status,
 * criteria counts and resolved links), for scripts and dashboards. The README documents the shape.
 */
public final class JsonReport implements Report {

    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(LintResult result, Path file) throws IOException {
        JSON.writeValue(file.toFile(), toJson(result, true));
    }

    ObjectNode toJson(LintResult result) {
        return toJson(result, false);
    }

    /** @param streamed the findings and specs built one at a time as the file is written, not held at once */
    ObjectNode toJson(LintResult result, boolean streamed) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "speclint");
        tool.put("version", SpeclintVersion.get());
        root.put("root", result.baseDirectory().toString());
        statistics(root.putObject("statistics"), result.statistics());
        result.tests().ifPresent(tests -> TestsJson.summary(root.putObject("tests"), tests));
        Fingerprints fingerprints = result.triage().fingerprints();
        StreamedArray.put(root, "findings", result.findings(), finding -> finding(finding, fingerprints), streamed);
        ArrayNode suppressed = root.putArray("suppressed");
        for (Suppressed silenced : result.triage().suppressed()) {
            suppressed.add(finding(silenced.finding(), fingerprints).set("suppression", suppression(silenced.by())));
        }
        baseline(root, result.triage());
        Map<String, FindingCounts> counts = FindingCounts.byPath(result);
        StreamedArray.put(root, "specs", result.specs(),
                spec -> spec(spec, result, counts.getOrDefault(spec.path(), FindingCounts.NONE)), streamed);
        ArrayNode designs = root.putArray("designs");
        for (DesignDocument design : result.designDocuments()) {
            designs.add(design(design, result.designs(), counts.getOrDefault(design.path(), FindingCounts.NONE)));
        }
        return root;
    }

    private static void statistics(ObjectNode node, LintStatistics statistics) {
        node.put("specs", statistics.specs());
        ObjectNode layers = node.putObject("specsPerLayer");
        statistics.specsPerLayer().forEach((layer, count) -> layers.put(layer.prefix(), count));
        node.put("skippedFiles", statistics.skipped());
        node.put("designs", statistics.designs());
        node.put("excludedSpecs", statistics.excluded());
        node.put("errors", statistics.errors());
        node.put("warnings", statistics.warnings());
        node.put("suppressed", statistics.suppressed());
        node.put("baselineKnown", statistics.known());
        node.put("baselineAbsent", statistics.absent());
        node.put("links", statistics.graph().links());
        node.put("criteria", statistics.graph().criteria());
        node.put("criteriaDone", statistics.graph().done());
        node.put("criteriaFailed", statistics.graph().failed());
        if (statistics.graph().coverage().isPresent()) {
            node.put("coveragePercent", Math.round(statistics.graph().coverage().getAsDouble() * 10) / 10.0);
        } else {
            node.putNull("coveragePercent");
        }
        node.put("engineMillis", statistics.engineMillis());
    }

    /** The comment that silenced a finding: how it reads, its reason, where it stands, until when. */
    private static ObjectNode suppression(Suppression by) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", by.directive());
        node.put("justification", by.reason());
        node.put("line", by.position().line());
        node.put("column", by.position().column());
        putOptional(node, "until", by.until().map(Object::toString).orElse(null));
        return node;
    }

    /** {@code null} without a baseline; else the findings it knows and its entries no longer found. */
    private static void baseline(ObjectNode root, Triage triage) {
        if (!triage.baselineUsed()) {
            root.putNull("baseline");
            return;
        }
        ObjectNode baseline = root.putObject("baseline");
        ArrayNode known = baseline.putArray("known");
        triage.known().forEach(finding -> known.add(finding(finding, triage.fingerprints())));
        ArrayNode absent = baseline.putArray("absent");
        for (Baseline.Entry entry : triage.absent()) {
            ObjectNode node = absent.addObject();
            node.put("ruleId", entry.ruleId());
            node.put("severity", entry.severity().label());
            node.put("path", entry.path());
            node.put("message", entry.message());
            node.put("subject", entry.subject());
            node.put("fingerprint", entry.fingerprint());
        }
    }

    private static ObjectNode finding(Finding finding, Fingerprints fingerprints) {
        ObjectNode node = JSON.createObjectNode();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().label());
        node.put("path", finding.path());
        node.put("line", finding.line());
        node.put("column", finding.column());
        node.put("message", finding.message());
        node.put("subject", finding.subject());
        putOptional(node, "module", finding.module().isEmpty() ? null : finding.module());
        node.put("fingerprint", fingerprints.of(finding));
        return node;
    }

    private static ObjectNode spec(SpecDocument spec, LintResult result, FindingCounts findings) {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", spec.path());
        String module = result.index().module(spec);
        putOptional(node, "module", module.isEmpty() ? null : module);
        putOptional(node, "id", spec.id().orElse(null));
        node.put("layer", spec.layer().map(Layer::prefix).orElse(null));
        putOptional(node, "status", spec.status().orElse(null));
        putOptional(node, "title", spec.title().map(t -> t.text()).orElse(null));
        ObjectNode criteria = node.putObject("criteria");
        criteria.put("total", spec.criteria().stream().filter(Criterion::hasId).count());
        criteria.put("done", spec.criteria().stream().filter(c -> c.hasId() && c.isChecked()).count());
        criteria.put("open", spec.criteria().stream().filter(c -> c.hasId() && c.isOpen()).count());
        criteria.put("failed", spec.criteria().stream().filter(c -> c.hasId() && c.isFailed()).count());
        criteria.put("untestable", spec.criteria().stream().filter(c -> c.hasId() && c.untestable()).count());
        result.tests().filter(tests -> result.index().coverage(spec).isPresent())
                .ifPresent(tests -> TestsJson.testCases(node.putArray("testCases"), tests.testCases(spec)));
        ObjectNode counts = node.putObject("findings");
        counts.put("errors", findings.errors());
        counts.put("warnings", findings.warnings());
        ArrayNode links = node.putArray("links");
        for (ResolvedLink link : result.index().links(spec)) {
            ObjectNode linkNode = links.addObject();
            linkNode.put("text", link.link().text());
            linkNode.put("target", link.targetPath());
            putOptional(linkNode, "targetId", link.target().flatMap(SpecDocument::id).orElse(null));
            linkNode.put("kind", link.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            linkNode.put("reference", link.isReference());
            linkNode.put("line", link.link().position().line());
        }
        ArrayNode designLinks = node.putArray("designLinks");
        for (ResolvedDesignLink link : result.designs().links(spec)) {
            ObjectNode linkNode = designLinks.addObject();
            linkNode.put("text", link.link().link().text());
            linkNode.put("target", link.link().targetPath());
            putOptional(linkNode, "designId", link.design().flatMap(DesignDocument::id).orElse(null));
            linkNode.put("kind", link.link().image() ? "image" : "design");
            linkNode.put("resolved", link.resolved());
            linkNode.put("line", link.link().link().position().line());
        }
        return node;
    }

    /** A design artifact: what it is, its image, the specs it draws and the specs that link it. */
    private static ObjectNode design(DesignDocument design, DesignIndex index, FindingCounts findings) {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", design.path());
        putOptional(node, "id", design.id().orElse(null));
        putOptional(node, "layer", design.layer().orElse(null));
        putOptional(node, "diagramType", design.frontMatter().value("diagram_type").orElse(null));
        putOptional(node, "status", design.status().orElse(null));
        node.put("symlink", design.symlink());
        design.image().ifPresentOrElse(image -> {
            ObjectNode imageNode = node.putObject("image");
            imageNode.put("path", image.path());
            imageNode.put("state", image.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            if (image.hasSize()) {
                imageNode.put("width", image.width());
                imageNode.put("height", image.height());
            }
            putOptional(imageNode, "sha256", image.sha256().orElse(null));
        }, () -> node.putNull("image"));
        ArrayNode specifications = node.putArray("specifications");
        for (DesignSpecification entry : index.specifications(design)) {
            ObjectNode entryNode = specifications.addObject();
            entryNode.put("target", entry.targetPath());
            putOptional(entryNode, "specId", entry.spec().flatMap(SpecDocument::id).orElse(null));
        }
        ArrayNode linkedBy = node.putArray("linkedBy");
        index.linkedBy(design).forEach(spec -> linkedBy.add(spec.path()));
        ObjectNode counts = node.putObject("findings");
        counts.put("errors", findings.errors());
        counts.put("warnings", findings.warnings());
        return node;
    }

    private static void putOptional(ObjectNode node, String field, String value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
