package io.github.speclint.fix;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.scaffold.SpecTreeWriter;
import io.github.speclint.scaffold.TreeVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fixes a spec tree: lints it as {@code check} would, plans the fixes of every linted spec (in parallel), and, when
 * asked, writes the fixed specs back one by one.
 */
public final class FixRun {

    /**
     * @param lint  the lint of the tree before any fix
     * @param files every linted spec with its fixes (most have none), in path order
     */
    public record Result(LintResult lint, List<FileFix> files) {

        public List<FileFix> fixed() {
            return files.stream().filter(FileFix::fixes).toList();
        }
    }

    private FixRun() {
    }

    public static Result plan(Linter linter, LintRequest request, SpecFixer fixer) throws IOException {
        LintResult lint = linter.lint(request);
        TreeVersion tree = fixer.version(lint.specs());
        SpecTreeWriter writer = new SpecTreeWriter(request.directory());
        List<FileFix> files = lint.specs().parallelStream().filter(SpecDocument::readable)
                .map(spec -> fix(lint.baseDirectory().resolve(spec.path()), spec, fixer, tree, writer,
                        request.maxFileBytes()))
                .sorted(Comparator.comparing(FileFix::path)).toList();
        return new Result(lint, files);
    }

    /** The fixes of one spec; none, with the reason, for a spec the writer would refuse, so a dry run says so. */
    private static FileFix fix(Path file, SpecDocument spec, SpecFixer fixer, TreeVersion tree, SpecTreeWriter writer,
                               long maxFileBytes) {
        CandidateFile candidate = new CandidateFile(file, spec.path(), spec.folderLayer());
        try {
            Optional<String> refused = writer.refusal(file);
            if (refused.isPresent()) {
                return untouched(file, spec, refused.get());
            }
            if (Files.size(file) > maxFileBytes) {
                return untouched(file, spec, "it grew over maxFileSize since it was linted");
            }
            return fixer.fix(candidate, Files.readAllBytes(file), tree);
        } catch (IOException e) {
            return untouched(file, spec, "it cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static FileFix untouched(Path file, SpecDocument spec, String why) {
        return new FileFix(file, spec.path(), new byte[0], new byte[0], List.of(), List.of(), List.of(),
                Optional.of(why));
    }

    /**
     * Writes every fixed spec, each replaced in one step; a spec that changed since it was read, or that is a link
     * or lies outside the spec directory, is left as it is.
     *
     * @return per spec that was not written, why
     */
    public static List<String> apply(Result result, Path specDirectory) throws IOException {
        SpecTreeWriter writer = new SpecTreeWriter(specDirectory);
        List<String> refused = new ArrayList<>();
        for (FileFix fix : result.fixed()) {
            try {
                writer.replace(fix.file(), fix.before(), fix.after());
            } catch (IOException e) {
                refused.add(fix.path() + ": not written: " + e.getMessage());
            }
        }
        return refused;
    }
}
