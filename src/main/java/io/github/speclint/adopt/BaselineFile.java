package io.github.speclint.adopt;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code speclint-baseline.json}: the findings a team accepted, one entry each, sorted by file, rule and subject, with
 * no line fields, dates or versions, so that writing it again after text moved changes little (a message may still
 * mention a line) and it merges like any source file. Entries match by fingerprint only.
 */
public final class BaselineFile {

    public static final String FILE_NAME = "speclint-baseline.json";
    static final int FORMAT_VERSION = 1;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Comparator<Baseline.Entry> ORDER = Comparator.comparing(Baseline.Entry::path)
            .thenComparing(Baseline.Entry::ruleId).thenComparing(Baseline.Entry::subject)
            .thenComparing(Baseline.Entry::fingerprint);

    private BaselineFile() {
    }

    /**
     * The run's findings a baseline may hold: those that count now and those already known. Suppressed findings are
     * accepted in their spec already, and findings about suppressions cannot be accepted.
     */
    public static Baseline of(Triage triage) {
        List<Baseline.Entry> entries = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(triage.counted());
        findings.addAll(triage.known());
        for (Finding finding : findings) {
            if (RuleSet.acceptable(finding.ruleId())) {
                entries.add(new Baseline.Entry(triage.fingerprints().of(finding), finding.ruleId(),
                        finding.severity(), finding.path(), finding.subject(), finding.message()));
            }
        }
        entries.sort(ORDER);
        return new Baseline(entries);
    }

    /**
     * @throws IllegalArgumentException when the file is not a speclint baseline, saying what is wrong
     */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw notABaseline(file, "it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject() || root.path("formatVersion").asInt(-1) != FORMAT_VERSION
                || !root.path("findings").isArray()) {
            throw notABaseline(file, "it needs \"formatVersion\": " + FORMAT_VERSION + " and a \"findings\" list");
        }
        List<Baseline.Entry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get("findings")) {
            String fingerprint = node.path("fingerprint").asText("");
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw notABaseline(file, "finding " + (index + 1) + " has no 64-digit hex \"fingerprint\"");
            }
            entries.add(new Baseline.Entry(fingerprint, node.path("ruleId").asText(""),
                    severity(node.path("severity").asText("")), node.path("path").asText(""),
                    node.path("subject").asText(""), node.path("message").asText("")));
            index++;
        }
        return new Baseline(entries);
    }

    /**
     * Writes the baseline through a temporary file beside the target, moved into place, so that a reader never sees
     * half a baseline; a symbolic link at the target is refused rather than followed.
     */
    public static void write(Baseline baseline, Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            throw new IOException(target + " is a symbolic link; speclint does not write through links");
        }
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // a new file of our own (never an existing one or a link) with the usual permissions, which a temporary
        // file from Files.createTempFile would not have
        Path temporary = folder.resolve(".speclint-baseline-" + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temporary, JSON.writeValueAsString(toJson(baseline)) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("could not write " + target);
        }
    }

    static ObjectNode toJson(Baseline baseline) {
        ObjectNode root = JSON.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("about", "Findings accepted when speclint was adopted: speclint:check lists them as known and fails "
                + "only on new ones. Regenerate with speclint:baseline; entries are matched by fingerprint (spec id, "
                + "rule, subject), never by line.");
        ArrayNode findings = root.putArray("findings");
        for (Baseline.Entry entry : baseline.entries().stream().sorted(ORDER).toList()) {
            ObjectNode node = findings.addObject();
            node.put("fingerprint", entry.fingerprint());
            node.put("ruleId", entry.ruleId());
            node.put("severity", entry.severity().label());
            node.put("path", entry.path());
            node.put("subject", entry.subject());
            node.put("message", entry.message());
        }
        return root;
    }

    private static Severity severity(String label) {
        for (Severity severity : Severity.values()) {
            if (severity.label().equals(label.toLowerCase(Locale.ROOT))) {
                return severity;
            }
        }
        return Severity.ERROR;
    }

    private static IllegalArgumentException notABaseline(Path file, String why) {
        return new IllegalArgumentException(file + " is not a speclint baseline: " + why
                + "; write it with speclint:baseline");
    }
}
