package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignBody;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.InputProblem;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/**
 * smaqit's gate reads a design as front matter followed by exactly one fenced diagram block with nothing around it;
 * anything else and it refuses the design before looking further.
 */
public final class DesignShapeRule extends AbstractRule implements DesignRule {

    public DesignShapeRule() {
        super("design-shape", Severity.ERROR,
                "Designs are front matter and exactly one ```plantuml block with one @start and one @end line");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        if (design.symlink()) {
            return;
        }
        if (design.problem().isPresent()) {
            InputProblem problem = design.problem().get();
            report(out, problem.position(), "file", unreadable(problem));
            return;
        }
        if (design.frontMatter().fence() == FrontMatter.Fence.MISSING) {
            report(out, SourcePosition.START, "front matter", "the design does not start with a --- front matter "
                    + "block (id, status, created, layer, ...)");
        } else if (design.frontMatter().fence() == FrontMatter.Fence.UNCLOSED) {
            report(out, SourcePosition.START, "front matter", "the front matter opened on line 1 is never closed "
                    + "by a --- line");
        }
        for (DesignBody.BodyProblem problem : design.body().problems()) {
            report(out, problem.position(), "body", problem.message());
        }
    }

    private static String unreadable(InputProblem problem) {
        return switch (problem.kind()) {
            case EMPTY -> "the design file is empty; a design is front matter and one diagram block";
            case BINARY -> "the design file is binary (it holds a NUL byte), not Markdown";
            default -> "the design " + problem.message();
        };
    }
}
