package io.github.speclint;

import io.github.speclint.adopt.Policy;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.adopt.RulesRun;
import io.github.speclint.adopt.SuppressionMatch;
import io.github.speclint.adopt.Triage;
import io.github.speclint.cache.LastRun;
import io.github.speclint.cache.PackingArena;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.discover.CandidateFile;
import io.github.speclint.discover.DesignFinder;
import io.github.speclint.discover.ProjectRoot;
import io.github.speclint.discover.Discovery;
import io.github.speclint.discover.SpecFinder;
import io.github.speclint.discover.SpecRoots;
import io.github.speclint.graph.DesignLinks;
import io.github.speclint.graph.GraphStatistics;
import io.github.speclint.graph.LinkPaths;
import io.github.speclint.graph.SpecFacts;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.parse.SpecParser;
import io.github.speclint.rules.DesignLinkRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingCollector;
import io.github.speclint.rules.GraphRule;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.file.PathSkippedRule;
import io.github.speclint.rules.RuleSet;
import io.github.speclint.rules.TestRule;
import io.github.speclint.rules.tests.TestReportUnreadableRule;
import io.github.speclint.schema.DesignSchema;
import io.github.speclint.rules.SuppressionRule;
import io.github.speclint.schema.Profile;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.tests.TestEvidence;
import io.github.speclint.tests.TestReports;
import io.github.speclint.tests.TestResults;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The engine's front door: finds the spec files, reads and parses each one once (in parallel, {@link FilePhase}), runs the
 * per-document rules on it right there and works out what the spec index needs from it alone (where its links lead,
 * its coverage tables); then builds the index once and runs the cross-document rules on each spec against it, and
 * returns the findings sorted by path, line, column and rule. Specs that includes/excludes leave out are read for the
 * index only: links into them resolve, and nothing is reported on them. Rules set to off do not run; the others'
 * findings carry the severity the team set.
 * Design artifacts are read and checked after the specs are indexed ({@link DesignCheck}). Last, what the team
 * accepted is applied: findings a comment in their spec suppresses, and findings the baseline lists, are set apart
 * from those that count.
 */
public final class Linter {

    /** Reported when a rule fails on a file instead of crashing the build; it is a bug in speclint, not the spec. */
    public static final String INTERNAL_ERROR = "internal-error";

    private final SchemaCatalog catalog;
    private final List<DocumentRule> rules;
    private final List<GraphRule> graphRules;
    private final List<SuppressionRule> suppressionRules;
    private final RulesRun rulesRun;
    private final List<TestRule> testRules;
    private final Optional<TestReportUnreadableRule> testReportRule;
    private final DesignSchema designSchema;
    private final DesignCheck designCheck;
    private final Policy policy;
    private final Optional<PathSkippedRule> pathRule;
    private final FilePhase filePhase;

    public Linter() {
        this(SchemaCatalog.builtIn(), Policy.defaults());
    }

    /** @param severities the severities the team set; rules set to off do not run */
    public Linter(RuleSeverities severities) {
        this(SchemaCatalog.builtIn(), Policy.of(severities));
    }

    /** @param policy the severities, baseline and date of the run */
    public Linter(Policy policy) {
        this(SchemaCatalog.builtIn(), policy);
    }

    /** A linter that holds specs to these schemas, such as those of a project's own templates. */
    public Linter(SchemaCatalog catalog) {
        this(catalog, Policy.defaults());
    }

    /**
     * @param catalog    the schemas specs are held to, such as those of a project's own templates
     * @param severities the severities the team set; rules set to off do not run
     */
    public Linter(SchemaCatalog catalog, RuleSeverities severities) {
        this(catalog, Policy.of(severities));
    }

    /**
     * @param catalog the schemas specs are held to, such as those of a project's own templates
     * @param policy  the severities, baseline and date of the run
     */
    public Linter(SchemaCatalog catalog, Policy policy) {
        this(catalog, RuleSet.documentRules(), RuleSet.graphRules(), policy);
    }

    Linter(SchemaCatalog catalog, List<DocumentRule> rules, List<GraphRule> graphRules) {
        this(catalog, rules, graphRules, Policy.defaults());
    }

    private Linter(SchemaCatalog catalog, List<DocumentRule> rules, List<GraphRule> graphRules, Policy policy) {
        RuleSeverities severities = policy.severities();
        this.catalog = catalog;
        this.policy = policy;
        this.rules = rules.stream().filter(rule -> severities.runs(rule.info())).toList();
        this.graphRules = graphRules.stream().filter(rule -> severities.runs(rule.info())).toList();
        List<DesignRule> designRules = RuleSet.designRules().stream().filter(rule -> severities.runs(rule.info()))
                .toList();
        List<DesignLinkRule> designLinkRules = RuleSet.designLinkRules().stream()
                .filter(rule -> severities.runs(rule.info())).toList();
        this.pathRule = Optional.of(RuleSet.pathRule()).filter(rule -> severities.runs(rule.info()));
        this.testRules = RuleSet.testRules().stream().filter(rule -> severities.runs(rule.info())).toList();
        this.testReportRule = Optional.of(RuleSet.testReportRule()).filter(rule -> severities.runs(rule.info()));
        this.suppressionRules = RuleSet.suppressionRules().stream().filter(rule -> severities.runs(rule.info()))
                .toList();
        this.rulesRun = rulesRun(rules, graphRules, severities);
        this.designSchema = DesignSchema.builtIn();
        this.designCheck = new DesignCheck(designSchema, designRules, designLinkRules, rulesRun);
        this.filePhase = new FilePhase(catalog, this.rules, rulesRun);
    }

    /**
     * The key {@link #cacheKey(LintRequest)} gives for a linter of the built-in rules, known without building one.
     *
     * @param schemas the schemas' {@link SchemaCatalog#source()}, such as {@link SchemaCatalog#BUILT_IN_SOURCE}
     */
    public static String cacheKey(LintRequest request, String schemas, RuleSeverities severities) {
        return RunKey.of(request, schemas, rulesRun(severities));
    }

    /** The rules a linter of the built-in rules runs with these severities, and at which severity. */
    public static RulesRun rulesRun(RuleSeverities severities) {
        return rulesRun(RuleSet.documentRules(), RuleSet.graphRules(), severities);
    }

    private static RulesRun rulesRun(List<DocumentRule> rules, List<GraphRule> graphRules,
                                     RuleSeverities severities) {
        return RulesRun.inListOrder(Stream.of(rules.stream().map(DocumentRule::info),
                graphRules.stream().map(GraphRule::info), RuleSet.designRules().stream().map(DesignRule::info),
                RuleSet.designLinkRules().stream().map(DesignLinkRule::info), RuleSet.suppressionRules().stream()
                        .map(SuppressionRule::info), Stream.of(RuleSet.pathRule().info()))
                .flatMap(infos -> infos).filter(severities::runs).toList(), severities);
    }

    /**
     * @throws IllegalArgumentException when the request names a profile that does not exist
     * @throws IOException              when the spec directory cannot be walked
     */
    public LintResult lint(LintRequest request) throws IOException {
        return lint(request, ResultCache.NONE);
    }

    /**
     * The key of a cache of this linter's results for this request: everything besides a file's bytes that its
     * per-document outcome depends on (the test reports are not among them: they only feed cross-document rules).
     */
    public String cacheKey(LintRequest request) {
        return RunKey.of(request, catalog.source(), rulesRun);
    }

    /**
     * Lints, taking each unchanged file's per-document outcome from the cache and keeping each new one there; the
     * cross-document rules run on every spec either way. The caller opens the cache with {@link #cacheKey} and saves
     * it afterwards.
     *
     * @throws IllegalArgumentException when the request names a profile that does not exist
     * @throws IOException              when the spec directory cannot be walked
     */
    public LintResult lint(LintRequest request, ResultCache cache) throws IOException {
        return lint(request, cache, false);
    }

    /**
     * Lints as {@link #lint(LintRequest, ResultCache)} does, for a caller that shows only the findings, the accepted
     * ones and the figures: when every input of the run the cache kept is unchanged, the result is that run's, and
     * holds no specs and an empty index. A caller that writes reports asks {@link #lint(LintRequest, ResultCache)}.
     *
     * @throws IllegalArgumentException when the request names a profile that does not exist
     * @throws IOException              when the spec directory cannot be walked
     */
    public LintResult lintFindings(LintRequest request, ResultCache cache) throws IOException {
        return lint(request, cache, true);
    }

    private LintResult lint(LintRequest request, ResultCache cache, boolean findingsOnly) throws IOException {
        long start = System.nanoTime();
        Optional<Profile> fixedProfile = fixedProfile(request.profile());
        Layers layers = catalog.layers();
        SpecRoots roots = SpecRoots.of(request.baseDirectory(), request.roots());
        Path projectRoot = ProjectRoot.find(request.directory(), request.baseDirectory());
        Path designs = request.designs() != null ? request.designs() : projectRoot.resolve(designSchema.folder());
        Set<Path> pruned = new HashSet<>(request.pruned());
        pruned.add(designs.toAbsolutePath().normalize());
        Discovery discovery = SpecFinder.discover(roots, request.includes(), request.excludes(), layers, pruned);
        List<CandidateFile> candidates = discovery.candidates();
        Map<Layer, Set<String>> phrases = new HashMap<>();
        layers.all().forEach(layer -> phrases.put(layer, catalog.placeholders(layer)));
        SpecParser parser = new SpecParser(request.maxFileBytes(), layers, phrases::get);
        LinkPaths linkPaths = new LinkPaths(roots, designSchema.section());
        DesignLinks designLinks = new DesignLinks(request.baseDirectory(), projectRoot, designSchema.section(),
                designSchema.imageExtension());
        FileCheck fileCheck = new FileCheck(parser, fixedProfile, linkPaths, designLinks, cache, new PackingArena());
        Optional<LastRun> last = findingsOnly && request.testReports().isEmpty() ? cache.lastRun() : Optional.empty();
        if (last.isPresent() && new DesignFinder(designs, request.baseDirectory(), projectRoot).find().isEmpty()
                && FilePhase.hashed(candidates, fileCheck, last.get())) {
            byte[] inputs = UnchangedRun.inputs(request, policy, candidates, fileCheck.hashes(),
                    discovery.problems());
            Optional<LintResult> reused = UnchangedRun.reuse(last.get(), inputs,
                    request.baseDirectory().toAbsolutePath().normalize(), layers,
                    SpecIndex.build(List.of(), roots, layers), rulesRun, fileCheck.filesRead(), start);
            if (reused.isPresent()) {
                cache.reusedRun(candidates.size());
                return reused.get();
            }
        }
        List<CheckedFile> checked = candidates.parallelStream()
                .map(candidate -> filePhase.check(candidate, fileCheck, false))
                .toList()
                .stream()
                // a file that ran out of memory may have been starved by the files checked beside it: once more, alone
                .map(file -> file.outOfMemory() ? filePhase.check(file.candidate(), fileCheck, true) : file)
                .toList()
                .parallelStream()
                .map(file -> FilePhase.unpack(file, layers))
                .toList();

        List<SpecDocument> specs = new ArrayList<>();
        List<SpecFacts> facts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        pathRule.ifPresent(rule -> findings.addAll(rule.check(discovery.problems(), rulesRun::severity)));
        Map<Layer, Integer> perLayer = new HashMap<>();
        for (Layer layer : layers.all()) {
            perLayer.put(layer, 0);
        }
        int skipped = 0;
        Set<String> leftOut = new HashSet<>();
        for (CheckedFile file : checked) {
            findings.addAll(file.findings());
            if (file.spec() == null) {
                skipped += file.linted() ? 1 : 0;
                continue;
            }
            facts.add(file.facts());
            if (file.linted()) {
                specs.add(file.spec());
                perLayer.merge(file.spec().layer().orElseThrow(), 1, Integer::sum);
            } else {
                leftOut.add(file.spec().path());
            }
        }
        long graphStart = System.nanoTime();
        SpecIndex index = SpecIndex.build(facts, roots, layers);
        Optional<TestEvidence> tests = testEvidence(request, index);
        RulesRun run = tests.isPresent() ? rulesRun.with(testRuleInfos()) : rulesRun;
        tests.ifPresent(evidence -> testReportRule.ifPresent(rule ->
                findings.addAll(rule.check(evidence.results(), run::severity))));
        findings.addAll(new CrossDocumentCheck(graphRules, testRules).run(specs, index, tests, run, cache,
                candidates.size()));
        DesignCheck.Outcome design = designCheck.run(designs, request.baseDirectory(), projectRoot,
                request.maxFileBytes(), index, facts, specs);
        findings.addAll(design.findings());
        GraphStatistics graph = GraphStatistics.of(index, specs);
        long graphMillis = (System.nanoTime() - graphStart) / 1_000_000;

        if (roots.namesModules()) {
            findings.replaceAll(finding -> finding.withModule(roots.moduleOf(finding.path())));
        }
        findings.sort(Finding.ORDER);
        Triage triage = accept(findings, specs, run, roots, leftOut);
        List<Finding> counted = triage.counted();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LintStatistics statistics = new LintStatistics(perLayer, skipped, fileCheck.filesRead(),
                parser.markdownParsed(), graph, count(counted, Severity.ERROR), count(counted, Severity.WARNING),
                count(counted, Severity.INFO), millis, graphMillis).withExcluded(leftOut.size())
                .withDesigns(design.index().designs().size())
                .withAccepted(triage.suppressed().size(), triage.known().size(), triage.absent().size());
        LintResult result = new LintResult(counted, statistics, specs, index,
                request.baseDirectory().toAbsolutePath().normalize(), run, tests, design.index(), triage);
        if (cache != ResultCache.NONE && request.testReports().isEmpty()
                && UnchangedRun.keepable(result, fileCheck.hashes(), candidates)) {
            cache.keepRun(UnchangedRun.kept(UnchangedRun.inputs(request, policy, candidates, fileCheck.hashes(),
                    discovery.problems()), result, layers, designs.toAbsolutePath().normalize(), candidates,
                    fileCheck));
        }
        return result;
    }

    /** The rules a run with test reports applies besides the others. */
    private List<RuleInfo> testRuleInfos() {
        return Stream.concat(testRules.stream().map(TestRule::info), testReportRule.map(TestReportUnreadableRule::info)
                .stream()).toList();
    }

    /** The Coverage Maps joined with the test reports; none when the request names no report or none is there. */
    private static Optional<TestEvidence> testEvidence(LintRequest request, SpecIndex index) {
        if (request.testReports().isEmpty()) {
            return Optional.empty();
        }
        TestResults results = TestReports.read(request.testReports(), TestEvidence.testCaseIds(index),
                request.baseDirectory());
        return results.reports() == 0 && results.problems().isEmpty() ? Optional.empty()
                : Optional.of(TestEvidence.of(index, results));
    }

    /**
     * Sets apart what the team accepted: findings silenced by a comment in their spec, then, of the rest, those the
     * baseline lists. The rules about suppressions run in between, on how the comments were applied.
     */
    private Triage accept(List<Finding> findings, List<SpecDocument> specs, RulesRun run, SpecRoots roots,
                          Set<String> leftOut) {
        SuppressionMatch match = SuppressionMatch.of(findings, specs, policy.today(),
                run.rules().stream().map(RuleInfo::id).collect(Collectors.toSet()));
        List<Finding> kept = new ArrayList<>(match.kept());
        for (SpecDocument spec : specs) {
            match.use(spec).ifPresent(use -> {
                FindingCollector out = new FindingCollector(spec.path(), run::severity);
                for (SuppressionRule rule : suppressionRules) {
                    RuleGuard.run(rule.info(), () -> rule.check(spec, use, out), spec.path(), out, true);
                }
                out.findings().forEach(finding -> kept.add(roots.namesModules()
                        ? finding.withModule(roots.moduleOf(finding.path())) : finding));
            });
        }
        return Triage.of(kept, match.suppressed(), specs, policy.baseline(), leftOut);
    }

    private Optional<Profile> fixedProfile(String name) {
        if (name == null || name.isBlank() || name.equals(LintRequest.AUTO)) {
            return Optional.empty();
        }
        return Optional.of(catalog.profile(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown profile \"" + name + "\"; use auto or one of " + catalog.profileNames())));
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}
