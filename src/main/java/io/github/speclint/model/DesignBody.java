package io.github.speclint.model;

import java.util.List;
import java.util.Optional;

/**
 * What a design's body holds: ideally exactly one fenced diagram block and nothing else.
 *
 * @param problems      what keeps the body from being that one block (prose outside it, a second fence, no closing
 *                      fence, an empty block, a missing or repeated start or end line), each at its line
 * @param block         where the opening fence stands, when there is one
 * @param sourceSha256  the SHA-256 of the diagram source as smaqit computes it, when the block is closed
 * @param startLine     the first {@code @start...} line
 * @param afterStart    the line right after it, where smaqit wants {@code title <id>}
 * @param includes      directives that would pull in text from elsewhere
 */
public record DesignBody(List<BodyProblem> problems, Optional<SourcePosition> block, Optional<String> sourceSha256,
                         Optional<DesignLine> startLine, Optional<DesignLine> afterStart, List<DesignLine> includes) {

    /** Something about the body's shape, said in the author's terms. */
    public record BodyProblem(String message, SourcePosition position) {
    }

    public DesignBody {
        problems = List.copyOf(problems);
        includes = List.copyOf(includes);
    }

    public static final DesignBody NONE = new DesignBody(List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());
}
