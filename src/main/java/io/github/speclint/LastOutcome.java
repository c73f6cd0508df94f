package io.github.speclint;

import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RulesRun;
import io.github.speclint.cache.FileStamp;
import io.github.speclint.cache.LastRun;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.discover.DesignFinder;
import io.github.speclint.discover.Discovery;
import io.github.speclint.discover.ProjectRoot;
import io.github.speclint.discover.SpecFinder;
import io.github.speclint.discover.SpecRoots;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layers;
import io.github.speclint.schema.SchemaCatalog;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The last run's outcome, taken before any schema is read, for a console run held to the built-in schemas. Those
 * change only with speclint, whose build is in the cache key, so the key is known from the request and the
 * severities alone; the last run kept the layers and the designs folder it used. The tree is walked with those, every
 * file is taken by its {@link FileStamp}, and when every input is what it was ({@link UnchangedRun}) the last outcome
 * is shown. A file without a stamp or with another one ends the look: a {@link Linter} then reads what it must.
 */
public final class LastOutcome {

    /** The last run's outcome, and how many files it stands for. */
    public record Reused(LintResult result, int files) {
    }

    private LastOutcome() {
    }

    /**
     * @param output where the cache is kept
     * @param clock  when the run starts: a file changed less than {@link FileStamp#SETTLE} before is no stamp's
     * @throws IOException when the spec directory cannot be walked
     */
    public static Optional<Reused> of(LintRequest request, Policy policy, Path output, Clock clock)
            throws IOException {
        long start = System.nanoTime();
        if (!request.testReports().isEmpty()) {
            return Optional.empty();
        }
        RulesRun rulesRun = Linter.rulesRun(policy.severities());
        Optional<LastRun> kept = ResultCache.lastRun(output,
                RunKey.of(request, SchemaCatalog.BUILT_IN_SOURCE, rulesRun));
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        LastRun last = kept.get();
        Layers layers = last.layers();
        Path projectRoot = ProjectRoot.find(request.directory(), request.baseDirectory());
        Optional<Path> folder = request.designs() != null
                ? Optional.of(request.designs().toAbsolutePath().normalize()) : designsIn(last, projectRoot);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path designs = folder.get();
        SpecRoots roots = SpecRoots.of(request.baseDirectory(), request.roots());
        Set<Path> pruned = new HashSet<>(request.pruned());
        pruned.add(designs);
        Discovery discovery = SpecFinder.discover(roots, request.includes(), request.excludes(), layers, pruned);
        if (!new DesignFinder(designs, request.baseDirectory(), projectRoot).find().isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, byte[]>> hashes = stamped(discovery.candidates(), last,
                clock.instant().minus(FileStamp.SETTLE));
        if (hashes.isEmpty()) {
            return Optional.empty();
        }
        byte[] inputs = UnchangedRun.inputs(request, policy, discovery.candidates(), hashes.get(),
                discovery.problems());
        return UnchangedRun.reuse(last, inputs, request.baseDirectory().toAbsolutePath().normalize(), layers,
                        SpecIndex.build(List.of(), roots, layers), rulesRun, 0, start)
                .map(result -> new Reused(result, discovery.candidates().size()));
    }

    /**
     * The designs folder the last run kept, which lies in the project; none for one no path can name here, or one
     * outside the project: a forged cache must not have the whole disk walked for design artifacts.
     */
    private static Optional<Path> designsIn(LastRun last, Path projectRoot) {
        try {
            return Optional.of(Path.of(last.designs()))
                    .filter(kept -> kept.startsWith(projectRoot.toAbsolutePath().normalize()));
        } catch (InvalidPathException damaged) {
            return Optional.empty();
        }
    }

    /** Every file's hash as its stamp tells it; none when one file has no stamp or another one than last time. */
    private static Optional<Map<String, byte[]>> stamped(List<CandidateFile> candidates, LastRun last,
                                                         Instant settledBefore) {
        Map<String, byte[]> hashes = new HashMap<>();
        for (int position = 0; position < candidates.size(); position++) {
            CandidateFile file = candidates.get(position);
            int at = position;
            Optional<byte[]> hash = FileStamp.of(file.file(), settledBefore).flatMap(stamp -> last.hash(at, stamp));
            if (hash.isEmpty()) {
                return Optional.empty();
            }
            hashes.put(file.displayPath(), hash.get());
        }
        return Optional.of(hashes);
    }
}
