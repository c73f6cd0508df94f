package io.github.speclint.maven;

import java.util.List;
import java.util.Map;

/**
 * The parameters every linting goal shares, as Maven set them; {@link LintRun} checks them.
 *
 * @param maxFileSize text, so that a value that is no number gets speclint's own message
 * @param rules       the POM's {@code <rules>}: rule id to error, warning, info or off
 */
record LintParameters(List<String> includes, List<String> excludes, String profile, String maxFileSize,
                      Map<String, String> rules) {
}
