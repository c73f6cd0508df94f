package io.github.speclint.maven;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * The parameters every linting goal shares, as Maven set them; {@link LintRun} checks them.
 *
 * @param templates   the folder of the project's templates the user set, or null for the installed ones
 * @param maxFileSize text, so that a value that is no number gets speclint's own message
 * @param rules       the POM's {@code <rules>}: rule id to error, warning, info or off
 * @param designs     the design folder, or null for {@code docs/designs} of the project root
 */
record LintParameters(List<String> includes, List<String> excludes, String profile, File templates,
                      String maxFileSize, Map<String, String> rules, File designs) {

    LintParameters(List<String> includes, List<String> excludes, String profile, File templates,
                   String maxFileSize, Map<String, String> rules) {
        this(includes, excludes, profile, templates, maxFileSize, rules, null);
    }
}
