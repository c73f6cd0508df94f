package io.github.speclint.adopt;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Suppression;

/** A finding a comment in its spec silenced: still reported, with the comment's reason, but not counted. */
public record Suppressed(Finding finding, Suppression by) {
}
