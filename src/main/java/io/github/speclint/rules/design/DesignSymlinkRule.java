package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignImage;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/**
 * A symbolic link can lead anywhere, outside the project included; smaqit's gate refuses designs and images reached
 * through one, and speclint reports the link instead of following it.
 */
public final class DesignSymlinkRule extends AbstractRule implements DesignRule {

    public DesignSymlinkRule() {
        super("design-symlink", Severity.ERROR,
                "Designs and their images are files, not symbolic links");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        if (design.symlink()) {
            report(out, SourcePosition.START, design.path(), String.format("%s is a symbolic link; smaqit refuses "
                    + "designs reached through one and speclint does not follow it: put the file itself here",
                    design.path()));
        }
        design.image().filter(image -> image.state() == DesignImage.State.SYMLINK).ifPresent(image -> report(out,
                Fields.keyAt(design, "image_sha256"), image.path(), String.format("the design's image %s is a "
                        + "symbolic link; smaqit refuses images reached through one and speclint does not follow "
                        + "it: put the PNG itself here", image.path())));
    }
}
