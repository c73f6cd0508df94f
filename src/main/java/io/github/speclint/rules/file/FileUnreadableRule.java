package io.github.speclint.rules.file;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;

/** A file in a layer folder that is empty, binary, not UTF-8 or too large cannot be checked at all. */
public final class FileUnreadableRule extends AbstractRule implements DocumentRule {


    public FileUnreadableRule() {
        super("file-unreadable", Severity.ERROR,
                "Spec files are non-empty UTF-8 text within the size limit");
    }

    @Override
    public boolean needsContent() {
        return false;
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        context.spec().problem().ifPresent(problem -> report(out, problem.position(),
                "file " + problem.kind().name().toLowerCase(java.util.Locale.ROOT), problem.message()));
    }
}
