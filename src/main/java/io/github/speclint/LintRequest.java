package io.github.speclint;

import io.github.speclint.discover.SpecRoot;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What to lint and how.
 *
 * @param roots        the spec directories that are walked, each with its module; one index spans them all
 * @param baseDirectory paths in findings are relative to it (the repository or the Maven project's base)
 * @param profile      "auto" (each spec's footer decides) or a profile name such as "0.6" or "1.0"
 * @param maxFileBytes files above this size are reported, not read
 * @param pruned       folders discovery does not enter (build output and report folders)
 * @param testReports  JUnit XML reports (files, or directories of {@code TEST-*.xml} files) whose outcomes the
 *                     criteria traced by Coverage Maps are checked against; none: no test checks at all
 * @param designs      the folder of design artifacts; null for {@code docs/designs} under the project root (the
 *                     nearest folder at or above the first spec directory holding {@code .smaqit/}, else the base)
 */
public record LintRequest(List<SpecRoot> roots, Path baseDirectory, List<String> includes, List<String> excludes,
                          String profile, long maxFileBytes, Set<Path> pruned, List<Path> testReports,
                          Path designs) {

    public static final String AUTO = "auto";
    public static final long DEFAULT_MAX_FILE_BYTES = 5L * 1024 * 1024;

    public LintRequest {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("a lint request needs at least one spec directory");
        }
        roots = List.copyOf(roots);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        pruned = Set.copyOf(pruned);
        testReports = List.copyOf(testReports);
    }

    public LintRequest(List<SpecRoot> roots, Path baseDirectory, List<String> includes, List<String> excludes,
                       String profile, long maxFileBytes, Set<Path> pruned, List<Path> testReports) {
        this(roots, baseDirectory, includes, excludes, profile, maxFileBytes, pruned, testReports, null);
    }

    /** Every Markdown file under the directory, profiles chosen per file, paths relative to the base. */
    public static LintRequest of(Path directory, Path baseDirectory) {
        return of(List.of(new SpecRoot("", directory)), baseDirectory);
    }

    /** Every Markdown file under each root, one spec index over all of them, paths relative to the base. */
    public static LintRequest of(List<SpecRoot> roots, Path baseDirectory) {
        return new LintRequest(roots, baseDirectory, List.of("**/*.md"), List.of(), AUTO, DEFAULT_MAX_FILE_BYTES,
                Set.of(), List.of(), null);
    }

    /** The first spec directory: the only one of a single-module run. */
    public Path directory() {
        return roots.get(0).directory();
    }

    public LintRequest withProfile(String newProfile) {
        return new LintRequest(roots, baseDirectory, includes, excludes, newProfile, maxFileBytes, pruned,
                testReports, designs);
    }

    public LintRequest withPatterns(List<String> newIncludes, List<String> newExcludes) {
        return new LintRequest(roots, baseDirectory, newIncludes, newExcludes, profile, maxFileBytes, pruned,
                testReports, designs);
    }

    public LintRequest withMaxFileBytes(long bytes) {
        return new LintRequest(roots, baseDirectory, includes, excludes, profile, bytes, pruned, testReports, designs);
    }

    public LintRequest withPruned(Set<Path> folders) {
        return new LintRequest(roots, baseDirectory, includes, excludes, profile, maxFileBytes, folders, testReports,
                designs);
    }

    /** @param folder the design folder, or null for the default under the project root */
    public LintRequest withDesigns(Path folder) {
        return new LintRequest(roots, baseDirectory, includes, excludes, profile, maxFileBytes, pruned, testReports,
                folder);
    }

    public LintRequest withTestReports(List<Path> reports) {
        return new LintRequest(roots, baseDirectory, includes, excludes, profile, maxFileBytes, pruned, reports,
                designs);
    }
}
