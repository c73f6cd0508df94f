package io.github.speclint;

import io.github.speclint.adopt.RulesRun;
import io.github.speclint.cache.CachedFile;
import io.github.speclint.cache.FileStamp;
import io.github.speclint.cache.LastRun;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.graph.SpecFacts;
import io.github.speclint.model.Footer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.parse.SpecParser;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingCollector;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.LayerSchema;
import io.github.speclint.schema.Profile;
import io.github.speclint.schema.SchemaCatalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The per-file phase of a run: reads a file, takes its outcome from the cache when its bytes are unchanged, else
 * parses it, runs the per-document rules and works out what the spec index needs from it, and packs the outcome
 * until every file is done. Any exception or error becomes a finding on that file alone.
 */
final class FilePhase {

    private final SchemaCatalog catalog;
    private final List<DocumentRule> rules;
    private final RulesRun rulesRun;

    FilePhase(SchemaCatalog catalog, List<DocumentRule> rules, RulesRun rulesRun) {
        this.catalog = catalog;
        this.rules = rules;
        this.rulesRun = rulesRun;
    }

    /**
     * Hashes every file, keeping only the hashes: whether the run is the last one again is known before any file is
     * read into a spec. A file whose stamp is the one the last run kept is not read: the last run's hash stands for
     * its bytes. The files that changed are read again afterwards.
     *
     * @return whether every file could be read
     */
    static boolean hashed(List<CandidateFile> candidates, FileCheck run, LastRun last) {
        return IntStream.range(0, candidates.size()).parallel().allMatch(position -> {
            CandidateFile candidate = candidates.get(position);
            try {
                Optional<FileStamp> stamp = run.cache().stamp(candidate.file());
                Optional<byte[]> unchanged = stamp.flatMap(now -> last.hash(position, now));
                if (unchanged.isPresent()) {
                    run.hashed(candidate.displayPath(), unchanged.get(), stamp);
                    return true;
                }
                byte[] bytes = run.parser().read(candidate).bytes();
                if (bytes == null) {
                    return false;
                }
                run.hashed(candidate.displayPath(), ResultCache.hash(bytes), stamp);
                return true;
            } catch (RuntimeException | Error cannotRead) {
                return false;
            }
        });
    }

    /**
     * Checks one file; any exception or error, out of memory included, becomes a finding on this file alone. Out of
     * memory is first reported back for a second attempt, unless this is it ({@code alone}).
     */
    CheckedFile check(CandidateFile candidate, FileCheck run, boolean alone) {
        ResultCache cache = run.cache();
        byte[] known = run.hashes().get(candidate.displayPath());
        if (known != null) {
            Optional<CachedFile> earlier = cache.get(candidate.displayPath(), known, candidate.linted());
            if (earlier.isPresent()) {
                return fromCache(candidate, earlier.get());
            }
            // the outcome is of the bytes read now; should they be unreadable, no hash may stand for them
            run.forget(candidate.displayPath());
        }
        Optional<FileStamp> stamp = run.cache().stamp(candidate.file());
        SpecParser.FileBytes read;
        try {
            read = run.parser().read(candidate);
        } catch (RuntimeException | Error bug) {
            return CheckedFile.unread(candidate, bug, alone);
        }
        if (known != null && read.bytes() != null) {
            run.rereads().incrementAndGet();
        }
        byte[] hash = read.bytes() == null || cache == ResultCache.NONE ? null : ResultCache.hash(read.bytes());
        if (hash != null) {
            run.hashed(candidate.displayPath(), hash, stamp);
            // a file hashed by the first pass missed the cache already
            Optional<CachedFile> earlier = known != null ? Optional.empty()
                    : cache.get(candidate.displayPath(), hash, candidate.linted());
            if (earlier.isPresent()) {
                return fromCache(candidate, earlier.get());
            }
        }
        CheckedFile found = check(candidate, read, run, alone);
        // packed right away: the other files' parsing would otherwise copy this spec's objects again and again
        CheckedFile checked = found.pack(catalog.layers(), run.arena());
        if (hash != null && found.cacheable()) {
            if (checked.packed() != null) {
                cache.put(candidate.displayPath(), hash, candidate.linted(), checked.packed());
            } else {
                cache.put(candidate.displayPath(), hash, candidate.linted(),
                        new CachedFile(checked.findings(), checked.spec(), checked.facts()));
            }
        }
        return checked;
    }

    private static CheckedFile fromCache(CandidateFile candidate, CachedFile earlier) {
        return new CheckedFile(candidate, earlier.spec(), earlier.findings(), earlier.facts(), candidate.linted(),
                false);
    }

    /**
     * A packed outcome unpacked; should that fail (a bug in speclint, or no heap left for the spec), the file says so
     * and the others keep their results.
     */
    static CheckedFile unpack(CheckedFile file, Layers layers) {
        try {
            return file.unpack(layers);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
            return CheckedFile.failed(file.candidate(), RuleGuard.internalError(file.candidate().displayPath(),
                    "read back", bug));
        }
    }

    private CheckedFile check(CandidateFile candidate, SpecParser.FileBytes read, FileCheck run, boolean alone) {
        Optional<SpecDocument> parsed;
        try {
            parsed = read.bytes() == null ? read.instead() : run.parser().parse(candidate, read.bytes());
        } catch (RuntimeException | Error bug) {
            return CheckedFile.unread(candidate, bug, alone);
        }
        if (parsed.isEmpty()) {
            return new CheckedFile(candidate, null, List.of(), null, candidate.linted(), false);
        }
        SpecDocument spec = parsed.get();
        FindingCollector out = new FindingCollector(spec.path(), rulesRun::severity);
        if (candidate.linted()) {
            Profile profile = run.fixedProfile().orElseGet(() -> catalog.profileForVersion(spec.footer()
                    .map(Footer::version)));
            LayerSchema schema = catalog.schema(spec.layer().orElseThrow(), profile);
            SpecContext context = new SpecContext(spec, schema, catalog.layers());
            try {
                for (DocumentRule rule : rules) {
                    if (spec.readable() || !rule.needsContent()) {
                        RuleGuard.run(rule.info(), () -> rule.check(context, out), spec.path(), out, alone);
                    }
                }
            } catch (OutOfMemoryError outOfMemory) {
                return CheckedFile.outOfMemory(candidate);
            }
        }
        try {
            SpecFacts facts = SpecFacts.of(spec, run.linkPaths(), run.designLinks());
            SpecDocument kept = spec.forGraph();
            return new CheckedFile(candidate, kept, out.findings(), facts.withSpec(kept), candidate.linted(), false);
        } catch (OutOfMemoryError outOfMemory) {
            if (!alone) {
                return CheckedFile.outOfMemory(candidate);
            }
            out.findings().add(RuleGuard.internalError(spec.path(), "trace the links of", outOfMemory));
        } catch (RuntimeException | Error bug) {
            out.findings().add(RuleGuard.internalError(spec.path(), "trace the links of", bug));
        }
        return new CheckedFile(candidate, null, candidate.linted() ? out.findings() : List.of(), null,
                candidate.linted(), false);
    }
}
