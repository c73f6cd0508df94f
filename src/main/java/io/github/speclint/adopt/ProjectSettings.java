package io.github.speclint.adopt;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.representer.Representer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optional {@code speclint.yml} at the project root, which runs with and without a POM share:
 * <pre>
 * rules:
 *   section-unknown: off
 *   table-columns: warning
 * </pre>
 * Its YAML is composed into nodes and read as text, never constructed into objects (so {@code off} stays the word
 * off, not YAML 1.1's false).
 */
public final class ProjectSettings {

    public static final String FILE_NAME = "speclint.yml";
    private static final String RULES = "rules";
    private static final int MAX_CODE_POINTS = 256 * 1024;

    private final Map<String, String> rules;

    private ProjectSettings(Map<String, String> rules) {
        this.rules = rules;
    }

    public static ProjectSettings none() {
        return new ProjectSettings(Map.of());
    }

    /**
     * Reads {@code speclint.yml} in the folder when it is there.
     *
     * @throws IllegalArgumentException when the file is not the expected YAML, naming the file and line
     * @throws IOException              when it cannot be read
     */
    public static ProjectSettings read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Node root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = yaml().compose(in);
        } catch (YAMLException e) {
            throw new IllegalArgumentException(FILE_NAME + " is not valid YAML: " + e.getMessage().strip()
                    .replaceAll("\\s+", " "), e);
        }
        if (root == null) {
            return none();
        }
        MappingNode top = mapping(root, "the file");
        Map<String, String> rules = new LinkedHashMap<>();
        for (NodeTuple entry : top.getValue()) {
            String key = scalar(entry.getKeyNode(), "a key");
            if (!key.equals(RULES)) {
                throw new IllegalArgumentException(String.format("%s line %d: unknown key \"%s\"; the file knows %s",
                        FILE_NAME, line(entry.getKeyNode().getStartMark()), key, RULES));
            }
            if (entry.getValueNode() instanceof ScalarNode empty && empty.getValue().isEmpty()) {
                continue;
            }
            for (NodeTuple rule : mapping(entry.getValueNode(), "rules").getValue()) {
                String id = scalar(rule.getKeyNode(), "a rule id");
                if (rules.put(id, scalar(rule.getValueNode(), "a rule's level")) != null) {
                    throw new IllegalArgumentException(String.format("%s line %d: rule %s is set twice; keep one",
                            FILE_NAME, line(rule.getKeyNode().getStartMark()), id));
                }
            }
        }
        return new ProjectSettings(rules);
    }

    /** Rule id to level, as written; {@link RuleSeverities#of} checks them. */
    public Map<String, String> rules() {
        return rules;
    }

    private static MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new IllegalArgumentException(String.format("%s line %d: %s must be key: value lines", FILE_NAME,
                line(node.getStartMark()), what));
    }

    private static String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new IllegalArgumentException(String.format("%s line %d: %s must be a plain word", FILE_NAME,
                line(node.getStartMark()), what));
    }

    private static int line(Mark mark) {
        return mark == null ? 1 : mark.getLine() + 1;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(10);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }
}
