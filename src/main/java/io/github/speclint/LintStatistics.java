package io.github.speclint;

import io.github.speclint.graph.GraphStatistics;
import io.github.speclint.model.Layer;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of one run.
 *
 * @param specsPerLayer how many specs of each layer were linted (every layer present, zero included), in chain
 *                     order
 * @param skipped      Markdown files that are not specs (no layer folder, no layer id)
 * @param filesRead    files whose bytes were read (each candidate at most once)
 * @param markdownParsed Markdown bodies parsed (each spec's once; files that are not specs are not parsed)
 * @param graph        links, criteria and coverage of the linted specs
 * @param errors       errors that count: neither suppressed inline nor known from the baseline
 * @param engineMillis time spent in the engine, discovery to sorted findings
 * @param graphMillis  the part of it spent building the spec index and running the cross-document rules
 * @param excluded     specs that includes/excludes leave out, read only for the links and ids other specs need
 * @param designs      design artifacts read (Markdown files under the design folder)
 * @param suppressed   findings silenced by a comment in their spec
 * @param known        findings the baseline lists
 * @param absent       baseline entries no finding matched any more
 */
public record LintStatistics(Map<Layer, Integer> specsPerLayer, int skipped, int filesRead, int markdownParsed,
                             GraphStatistics graph, int errors, int warnings, int infos, long engineMillis,
                             long graphMillis, int excluded, int designs, int suppressed, int known, int absent) {

    public LintStatistics {
        specsPerLayer = Collections.unmodifiableMap(new TreeMap<>(specsPerLayer));
    }

    public LintStatistics(Map<Layer, Integer> specsPerLayer, int skipped, int filesRead, int markdownParsed,
                          GraphStatistics graph, int errors, int warnings, int infos, long engineMillis,
                          long graphMillis) {
        this(specsPerLayer, skipped, filesRead, markdownParsed, graph, errors, warnings, infos, engineMillis,
                graphMillis, 0, 0, 0, 0, 0);
    }

    public LintStatistics withExcluded(int excludedSpecs) {
        return new LintStatistics(specsPerLayer, skipped, filesRead, markdownParsed, graph, errors, warnings, infos,
                engineMillis, graphMillis, excludedSpecs, designs, suppressed, known, absent);
    }

    public LintStatistics withDesigns(int designArtifacts) {
        return new LintStatistics(specsPerLayer, skipped, filesRead, markdownParsed, graph, errors, warnings, infos,
                engineMillis, graphMillis, excluded, designArtifacts, suppressed, known, absent);
    }

    /** These figures with the counts of what the team accepted. */
    public LintStatistics withAccepted(int suppressedFindings, int knownFindings, int absentEntries) {
        return new LintStatistics(specsPerLayer, skipped, filesRead, markdownParsed, graph, errors, warnings, infos,
                engineMillis, graphMillis, excluded, designs, suppressedFindings, knownFindings, absentEntries);
    }

    public int specs() {
        return specsPerLayer.values().stream().mapToInt(Integer::intValue).sum();
    }
}
