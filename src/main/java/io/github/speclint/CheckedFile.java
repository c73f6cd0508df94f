package io.github.speclint;

import io.github.speclint.cache.CachedFile;
import io.github.speclint.cache.PackedFile;
import io.github.speclint.cache.PackingArena;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.graph.SpecFacts;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;

import java.util.List;

/**
 * One file's outcome.
 *
 * @param linted      false for a spec includes/excludes leave out: read for the index only
 * @param outOfMemory asks for a second attempt with the heap to itself
 * @param packed      the spec, its facts and findings as bytes while other files are checked ({@link PackedFile});
 *                    then those three are empty here
 */
record CheckedFile(CandidateFile candidate, SpecDocument spec, List<Finding> findings, SpecFacts facts,
                   boolean linted, boolean outOfMemory, PackedFile packed) {

    CheckedFile(CandidateFile candidate, SpecDocument spec, List<Finding> findings, SpecFacts facts, boolean linted,
                boolean outOfMemory) {
        this(candidate, spec, findings, facts, linted, outOfMemory, null);
    }

    /** This outcome packed when it holds a spec; as it is otherwise, or when it cannot be packed. */
    CheckedFile pack(Layers layers, PackingArena arena) {
        if (spec == null || packed != null) {
            return this;
        }
        try {
            return PackedFile.pack(new CachedFile(findings, spec, facts), layers, arena)
                    .map(bytes -> new CheckedFile(candidate, null, List.of(), null, linted, outOfMemory, bytes))
                    .orElse(this);
        } catch (OutOfMemoryError noRoomForTheBytes) {
            return this;
        }
    }

    /** This outcome with its spec, facts and findings back from the bytes. */
    CheckedFile unpack(Layers layers) {
        if (packed == null) {
            return this;
        }
        CachedFile file = packed.unpack(layers);
        return new CheckedFile(candidate, file.spec(), file.findings(), file.facts(), linted, outOfMemory);
    }

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
