package io.github.speclint;

import io.github.speclint.model.Layer;

import java.util.Map;

/**
 * Figures of one run.
 *
 * @param specsPerLayer how many specs of each layer were linted (every layer present, zero included)
 * @param skipped      Markdown files that are not specs (no layer folder, no layer id)
 * @param filesRead    files whose bytes were read (each candidate at most once)
 * @param markdownParsed Markdown bodies parsed (each spec's once; files that are not specs are not parsed)
 * @param engineMillis time spent in the engine, discovery to sorted findings
 */
public record LintStatistics(Map<Layer, Integer> specsPerLayer, int skipped, int filesRead, int markdownParsed,
                             int errors, int warnings, int infos, long engineMillis) {

    public LintStatistics {
        specsPerLayer = Map.copyOf(specsPerLayer);
    }

    public int specs() {
        return specsPerLayer.values().stream().mapToInt(Integer::intValue).sum();
    }
}
