package io.github.speclint;

import java.nio.file.Path;
import java.util.List;

/**
 * What to lint and how.
 *
 * @param directory    the spec root that is walked
 * @param baseDirectory paths in findings are relative to it (the Maven project's base)
 * @param profile      "auto" (each spec's footer decides) or a profile name such as "0.6" or "1.0"
 * @param maxFileBytes files above this size are reported, not read
 */
public record LintRequest(Path directory, Path baseDirectory, List<String> includes, List<String> excludes,
                          String profile, long maxFileBytes) {

    public static final String AUTO = "auto";
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public LintRequest {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Every Markdown file under the directory, profiles chosen per file, paths relative to the base. */
    public static LintRequest of(Path directory, Path baseDirectory) {
        return new LintRequest(directory, baseDirectory, List.of("**/*.md"), List.of(), AUTO,
                DEFAULT_MAX_FILE_BYTES);
    }

    public LintRequest withProfile(String newProfile) {
        return new LintRequest(directory, baseDirectory, includes, excludes, newProfile, maxFileBytes);
    }

    public LintRequest withPatterns(List<String> newIncludes, List<String> newExcludes) {
        return new LintRequest(directory, baseDirectory, newIncludes, newExcludes, profile, maxFileBytes);
    }

    public LintRequest withMaxFileBytes(long bytes) {
        return new LintRequest(directory, baseDirectory, includes, excludes, profile, bytes);
    }
}
