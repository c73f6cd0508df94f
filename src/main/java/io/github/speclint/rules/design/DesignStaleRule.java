package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignImage;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The front matter's sums pin the diagram source and the rendered image: when either file changed since, the design
 * is stale (an edited diagram not re-rendered, or an image from another source).
 */
public final class DesignStaleRule extends AbstractRule implements DesignRule {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public DesignStaleRule() {
        super("design-stale", Severity.ERROR,
                "source_sha256 and image_sha256 are the SHA-256 of the diagram source and of the PNG");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        if (!design.readable()) {
            return;
        }
        check(design, "source_sha256", design.body().sourceSha256(), "the PlantUML source", out);
        check(design, "image_sha256", design.image().flatMap(DesignImage::sha256), "the image "
                + design.image().map(DesignImage::path).orElse(""), out);
    }

    private void check(DesignDocument design, String key, Optional<String> current, String what, FindingSink out) {
        design.frontMatter().entry(key).ifPresent(entry -> {
            String written = entry.isScalar() ? entry.value().strip() : "";
            if (!SHA_256.matcher(written).matches()) {
                report(out, entry.valuePosition(), key, String.format("%s is %s, not a SHA-256 (64 lower-case hex "
                        + "digits)%s", key, Fields.written(entry), current.map(sum -> "; " + what + " hashes to "
                        + sum).orElse("")));
            } else if (current.isPresent() && !current.get().equals(written)) {
                report(out, entry.valuePosition(), key, String.format("%s does not match: %s hashes to %s; the "
                        + "design is stale: re-render the image and update both sums", key, what, current.get()));
            }
        });
    }
}
