package io.github.speclint;

import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Fingerprints;
import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RulesRun;
import io.github.speclint.adopt.Suppressed;
import io.github.speclint.adopt.Triage;
import io.github.speclint.cache.LastRun;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.discover.PathProblem;
import io.github.speclint.discover.SpecRoot;
import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.GraphStatistics;
import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layers;
import io.github.speclint.model.SpecDocument;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.stream.Stream;

/**
 * A run that finds every input of the last run unchanged shows what that run showed, without reading a spec into a
 * model, building the index or running a rule. Its inputs are what the findings depend on: each file's path, role and
 * bytes, what discovery skipped, the request, the baseline and the day (suppressions expire); the cache key holds
 * the rest (speclint's build, the schemas and the severities). Where links to files that are no spec lead is looked
 * up again. Runs with test reports, design artifacts or Design References are not kept: what they depend on is not
 * among these inputs.
 */
final class UnchangedRun {

    private UnchangedRun() {
    }

    /**
     * The digest of a run's inputs; every candidate has its bytes' hash.
     *
     * @param hashes each candidate's SHA-256, by display path
     */
    static byte[] inputs(LintRequest request, Policy policy, List<CandidateFile> candidates,
                         Map<String, byte[]> hashes, List<PathProblem> problems) {
        Digest digest = new Digest();
        for (SpecRoot root : request.roots()) {
            digest.add(root.module()).add(root.directory().toString());
        }
        digest.add(request.baseDirectory().toString()).add(String.join("\n", request.includes()))
                .add(String.join("\n", request.excludes())).add(String.valueOf(request.profile()))
                .add(Long.toString(request.maxFileBytes()))
                .add(String.join("\n", request.pruned().stream().map(Path::toString).sorted().toList()))
                .add(String.valueOf(request.designs())).add(policy.today().toString());
        List<Baseline.Entry> accepted = policy.baseline().map(Baseline::entries).orElse(List.of());
        digest.add(policy.baseline().isPresent() ? "baseline " + accepted.size() : "no baseline");
        for (Baseline.Entry entry : accepted) {
            digest.add(entry.fingerprint()).add(entry.ruleId()).add(entry.severity().name()).add(entry.path())
                    .add(entry.subject()).add(entry.message());
        }
        digest.add("files " + candidates.size());
        for (CandidateFile file : candidates) {
            digest.add(file.displayPath()).add(file.linted() ? "linted" : "indexed").add(hashes.get(file.displayPath()));
        }
        digest.add("skipped " + problems.size());
        for (PathProblem problem : problems) {
            digest.add(problem.displayPath()).add(problem.message());
        }
        return digest.done();
    }

    /**
     * Whether a run's outcome may be kept: every file was read and hashed, no rule failed, and nothing came from test
     * reports or design artifacts.
     */
    static boolean keepable(LintResult result, Map<String, byte[]> hashes, List<CandidateFile> candidates) {
        return result.tests().isEmpty() && result.designs().designs().isEmpty()
                && candidates.stream().allMatch(file -> hashes.containsKey(file.displayPath()))
                && result.specs().stream().noneMatch(spec -> result.designs().references(spec).section().isPresent())
                && allFindings(result.triage()).noneMatch(finding -> finding.ruleId().equals(Linter.INTERNAL_ERROR));
    }

    private static Stream<Finding> allFindings(Triage triage) {
        return Stream.of(triage.counted().stream(), triage.known().stream(),
                triage.suppressed().stream().map(Suppressed::finding)).flatMap(findings -> findings);
    }

    /**
     * What the next run needs to show this run's outcome, and to know which files are unchanged without reading them:
     * each stamped file's stamp with its hash.
     */
    static LastRun kept(byte[] inputs, LintResult result, Layers layers, Path designs, List<CandidateFile> candidates,
                        FileCheck files) {
        List<String> world = result.index().linksToNoSpec().stream()
                .map(link -> link.kind().ordinal() + " " + link.targetPath()).toList();
        Triage triage = result.triage();
        List<Optional<LastRun.Stamped>> stamps = candidates.stream().map(file -> Optional.ofNullable(files.stamps()
                .get(file.displayPath())).flatMap(stamp -> Optional.ofNullable(files.hashes().get(file.displayPath()))
                .map(hash -> new LastRun.Stamped(stamp, hash)))).toList();
        return new LastRun(inputs, world, triage.counted(), triage.known(), triage.absent(), triage.baselineUsed(),
                figures(result.statistics(), layers), stamps, layers, designs.toString());
    }

    /**
     * The last run's outcome as this run's, when its inputs are this run's and its links to files that are no spec
     * still lead where they did.
     *
     * @param base       the absolute, normalized folder spec paths are relative to
     * @param filesRead  how many files this run read
     * @param startNanos when this run started
     */
    static Optional<LintResult> reuse(LastRun last, byte[] inputs, Path base, Layers layers, SpecIndex noSpecs,
                                      RulesRun run, int filesRead, long startNanos) {
        if (!last.sameInputs(inputs) || !worldHolds(last.world(), base)) {
            return Optional.empty();
        }
        Optional<LintStatistics> statistics = statistics(last.figures(), layers, filesRead, startNanos);
        if (statistics.isEmpty()) {
            return Optional.empty();
        }
        Triage triage = new Triage(last.counted(), last.known(), List.of(), last.absent(), last.baselineUsed(),
                Fingerprints.of(List.of(), List.<SpecDocument>of()));
        return Optional.of(new LintResult(last.counted(), statistics.get(), List.of(), noSpecs, base, run,
                Optional.empty(), DesignIndex.empty(noSpecs), triage));
    }

    private static boolean worldHolds(List<String> world, Path base) {
        for (String entry : world) {
            int space = entry.indexOf(' ');
            if (space < 0) {
                return false;
            }
            String kind = entry.substring(0, space);
            ResolvedLink.Kind now = SpecIndex.kindOf(base, entry.substring(space + 1));
            if (!kind.equals(Integer.toString(now.ordinal()))) {
                return false;
            }
        }
        return true;
    }

    private static long[] figures(LintStatistics statistics, Layers layers) {
        List<Long> figures = new ArrayList<>();
        figures.add((long) layers.all().size());
        for (Layer layer : layers.all()) {
            figures.add((long) statistics.specsPerLayer().getOrDefault(layer, 0));
        }
        GraphStatistics graph = statistics.graph();
        figures.addAll(List.of((long) statistics.skipped(), (long) graph.links(), (long) graph.criteria(),
                (long) graph.done(), (long) graph.failed(), graph.coverage().isPresent() ? 1L : 0L,
                Double.doubleToLongBits(graph.coverage().orElse(0)), (long) statistics.errors(),
                (long) statistics.warnings(), (long) statistics.infos(), (long) statistics.excluded(),
                (long) statistics.designs(), (long) statistics.suppressed(), (long) statistics.known(),
                (long) statistics.absent()));
        return figures.stream().mapToLong(Long::longValue).toArray();
    }

    /** The figures {@link #figures} wrote, read back in the same order; empty for another number of layers. */
    private static Optional<LintStatistics> statistics(long[] figures, Layers layers, int filesRead,
                                                       long startNanos) {
        int layerCount = layers.all().size();
        if (figures.length != 1 + layerCount + 15 || figures[0] != layerCount) {
            return Optional.empty();
        }
        PrimitiveIterator.OfLong next = Arrays.stream(figures, 1, figures.length).iterator();
        Map<Layer, Integer> perLayer = new HashMap<>();
        for (Layer layer : layers.all()) {
            perLayer.put(layer, (int) next.nextLong());
        }
        int skipped = (int) next.nextLong();
        int links = (int) next.nextLong();
        int criteria = (int) next.nextLong();
        int done = (int) next.nextLong();
        int failed = (int) next.nextLong();
        boolean measured = next.nextLong() == 1;
        double coverage = Double.longBitsToDouble(next.nextLong());
        GraphStatistics graph = new GraphStatistics(links, criteria, done, failed,
                measured ? OptionalDouble.of(coverage) : OptionalDouble.empty());
        int errors = (int) next.nextLong();
        int warnings = (int) next.nextLong();
        int infos = (int) next.nextLong();
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return Optional.of(new LintStatistics(perLayer, skipped, filesRead, 0, graph, errors, warnings, infos, millis,
                0).withExcluded((int) next.nextLong()).withDesigns((int) next.nextLong())
                .withAccepted((int) next.nextLong(), (int) next.nextLong(), (int) next.nextLong()));
    }

    /** SHA-256 over strings, each with its length first, so that no two sequences run together alike. */
    private static final class Digest {

        private final MessageDigest sha = sha256();

        Digest add(String text) {
            return add(text.getBytes(StandardCharsets.UTF_8));
        }

        Digest add(byte[] bytes) {
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
            return this;
        }

        byte[] done() {
            return sha.digest();
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
