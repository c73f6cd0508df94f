package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignImage;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.schema.DesignSchema;

/**
 * Every design is rendered: a PNG of the same base name stands beside it, a regular file whose header gives a size
 * smaqit accepts (wide enough to read, not absurdly large). Only the header is read, never the image.
 */
public final class DesignImageRule extends AbstractRule implements DesignRule {

    public DesignImageRule() {
        super("design-image", Severity.ERROR,
                "Each design has its PNG beside it: a regular file 640 to 4096 pixels wide and 1 to 16384 high");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        design.image().ifPresent(image -> {
            DesignSchema schema = index.schema();
            String message = switch (image.state()) {
                case OK, SYMLINK -> null;
                case MISSING -> String.format("the design's image %s does not exist; render the diagram to it",
                        image.path());
                case TOO_LARGE -> String.format("the design's image %s %s; a rendered diagram is far smaller",
                        image.path(), image.detail());
                default -> String.format("the design's image %s %s; render the diagram to it as a PNG",
                        image.path(), image.detail());
            };
            if (message != null) {
                report(out, Fields.keyAt(design, "image_sha256"), image.path(), message);
            }
            if (image.hasSize() && !fits(image, schema)) {
                report(out, Fields.keyAt(design, "image_sha256"), image.path(), String.format("the design's image "
                        + "%s is %d×%d pixels; smaqit accepts %d to %d pixels wide and %d to %d high", image.path(),
                        image.width(), image.height(), schema.minWidth(), schema.maxWidth(), schema.minHeight(),
                        schema.maxHeight()));
            }
        });
    }

    private static boolean fits(DesignImage image, DesignSchema schema) {
        return image.width() >= schema.minWidth() && image.width() <= schema.maxWidth()
                && image.height() >= schema.minHeight() && image.height() <= schema.maxHeight();
    }
}
