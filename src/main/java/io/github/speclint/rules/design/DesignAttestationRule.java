package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignImage;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.schema.DesignSchema;

import java.util.Optional;

/**
 * Someone looked at the rendered image and said it shows what the source says: {@code visual_validation} passed,
 * when, and for exactly the current source and image.
 */
public final class DesignAttestationRule extends AbstractRule implements DesignRule {

    public DesignAttestationRule() {
        super("design-attestation", Severity.ERROR,
                "visual_validation passed, with an RFC 3339 validated_at and the current source and image sums");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        DesignSchema schema = index.schema();
        String key = schema.attestationKey();
        design.frontMatter().entry(key).filter(e -> e.kind() == FrontMatterEntry.Kind.MAP).ifPresent(map -> {
            Fields.child(map, "status").ifPresent(status -> {
                if (!status.isScalar() || !status.value().strip().equals(schema.attestedStatus())) {
                    report(out, status.valuePosition(), key + ".status", String.format("%s.status is %s; the "
                            + "design is attested when it is %s (the rendered image was checked against the "
                            + "source)", key, Fields.written(status), schema.attestedStatus()));
                }
            });
            Fields.child(map, "validated_at").ifPresent(at -> {
                if (!at.isScalar() || !Timestamps.isRfc3339(at.value().strip())) {
                    report(out, at.valuePosition(), key + ".validated_at", String.format("%s.validated_at is %s; "
                            + "write when it was validated as an RFC 3339 timestamp such as 2026-09-02T10:00:00Z",
                            key, Fields.written(at)));
                }
            });
            same(map, "source_sha256", design.body().sourceSha256(), "source", out, key);
            same(map, "image_sha256", design.image().flatMap(DesignImage::sha256), "image", out, key);
        });
    }

    private void same(FrontMatterEntry map, String sumKey, Optional<String> current, String what, FindingSink out,
                      String key) {
        Fields.child(map, sumKey).ifPresent(sum -> current.ifPresent(now -> {
            if (!sum.isScalar() || !sum.value().strip().equals(now)) {
                report(out, sum.valuePosition(), key + "." + sumKey, String.format("%s.%s is %s, not the current "
                        + "%s sum %s; the validation was for another %s: validate the design again", key, sumKey,
                        Fields.written(sum), what, now, what));
            }
        }));
    }
}
