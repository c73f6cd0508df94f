package io.github.speclint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Each rule's entry in RULES.md (bundled in the jar), for reports that carry a rule's full description and help. */
public final class RuleDocs {

    private static final String RESOURCE = "RULES.md";
    private static final Map<String, String> ENTRIES = load();

    private RuleDocs() {
    }

    /** The rule's entry as Markdown, without its heading. */
    public static Optional<String> markdown(String ruleId) {
        return Optional.ofNullable(ENTRIES.get(ruleId));
    }

    /** The entry's first paragraph, with the severity mark and Markdown emphasis taken out: a full description. */
    public static Optional<String> description(String ruleId) {
        return markdown(ruleId).map(entry -> {
            String first = entry.strip().split("\n\n", 2)[0].replace('\n', ' ');
            return plain(first.replaceFirst("^\\*\\*\\w+\\*\\* · ", ""));
        });
    }

    /** Markdown reduced to readable plain text: code ticks and emphasis marks dropped. */
    public static String plain(String markdown) {
        return markdown.replace("`", "").replace("**", "").strip();
    }

    private static Map<String, String> load() {
        Map<String, String> entries = new HashMap<>();
        String text;
        try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return entries;
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return entries;
        }
        String[] parts = text.split("\n## `");
        for (int i = 1; i < parts.length; i++) {
            int end = parts[i].indexOf("`\n");
            if (end > 0) {
                entries.put(parts[i].substring(0, end), parts[i].substring(end + 2).strip());
            }
        }
        return entries;
    }
}
