package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.schema.DesignKind;
import io.github.speclint.schema.DesignSchema;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * smaqit's gate wants exactly the template's keys, no more and no fewer, and exactly the attestation's keys in
 * {@code visual_validation}; a design-sequence adds {@code realizes}.
 */
public final class DesignKeysRule extends AbstractRule implements DesignRule {

    public DesignKeysRule() {
        super("design-keys", Severity.ERROR,
                "Design front matter has exactly the template's keys, and visual_validation exactly its four");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        if (!design.readable() || !design.frontMatter().readable()) {
            return;
        }
        DesignSchema schema = index.schema();
        Optional<DesignKind> kind = index.kind(design).or(() -> schema.kind(design.folder()));
        List<String> expected = schema.keys(kind);
        String kindName = kind.map(k -> Fields.article(k.folder()) + " design").orElse("a design");
        exactly(design.frontMatter().entries(), expected, SourcePosition.START, "front matter",
                kindName + " has exactly " + String.join(", ", expected), out);
        design.frontMatter().entry(schema.attestationKey()).ifPresent(attestation -> {
            List<String> keys = schema.attestationKeys();
            String has = schema.attestationKey() + " has exactly " + String.join(", ", keys);
            if (attestation.kind() != FrontMatterEntry.Kind.MAP) {
                report(out, attestation.valuePosition(), schema.attestationKey(), String.format("%s is %s, not a "
                        + "mapping; %s", schema.attestationKey(), Fields.written(attestation), has));
            } else {
                exactly(attestation.children(), keys, attestation.keyPosition(), schema.attestationKey(), has, out);
            }
        });
    }

    private void exactly(List<FrontMatterEntry> entries, List<String> expected, SourcePosition missingAt,
                         String where, String has, FindingSink out) {
        Set<String> present = new HashSet<>();
        for (FrontMatterEntry entry : entries) {
            present.add(entry.key());
            if (!expected.contains(entry.key())) {
                report(out, entry.keyPosition(), entry.key(), String.format("unknown key \"%s\" in the %s; %s",
                        Fields.shortened(entry.key()), where, has));
            }
        }
        for (String key : expected) {
            if (!present.contains(key)) {
                report(out, missingAt, key, String.format("the %s lacks the key \"%s\"; %s", where, key, has));
            }
        }
    }
}
