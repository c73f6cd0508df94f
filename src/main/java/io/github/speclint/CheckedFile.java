package io.github.speclint;

import io.github.speclint.discover.CandidateFile;
import io.github.speclint.graph.SpecFacts;
import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;

import java.util.List;

/**
 * One file's outcome.
 *
 * @param linted      false for a spec includes/excludes leave out: read for the index only
 * @param outOfMemory asks for a second attempt with the heap to itself
 */
record CheckedFile(CandidateFile candidate, SpecDocument spec, List<Finding> findings, SpecFacts facts,
                   boolean linted, boolean outOfMemory) {

    static CheckedFile failed(CandidateFile candidate, Finding finding) {
        return new CheckedFile(candidate, null, candidate.linted() ? List.of(finding) : List.of(), null,
                candidate.linted(), false);
    }

    /** A file that could not be read or parsed: out of memory asks for a second attempt unless it is alone. */
    static CheckedFile unread(CandidateFile candidate, Throwable bug, boolean alone) {
        return bug instanceof OutOfMemoryError && !alone ? outOfMemory(candidate)
                : failed(candidate, RuleGuard.internalError(candidate.displayPath(), "read", bug));
    }

    static CheckedFile outOfMemory(CandidateFile candidate) {
        return new CheckedFile(candidate, null, List.of(), null, candidate.linted(), true);
    }

    /** A file's own outcome, not a bug of speclint's or a shortage of memory, which the next run may not meet. */
    boolean cacheable() {
        return !outOfMemory && findings.stream().noneMatch(finding -> finding.ruleId().equals(Linter.INTERNAL_ERROR));
    }
}
