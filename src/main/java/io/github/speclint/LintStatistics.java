package io.github.speclint;

import io.github.speclint.model.Layer;

import java.util.Map;

/**
 * Figures of one run.
 *
 * @param specsPerLayer how many specs of each layer were linted (every layer present, zero included)
 * @param skipped      Markdown files that are not specs (no layer folder, no layer id)
 * @param filesRead    files whose bytes were read: each candidate exactly once
 * @param engineMillis time spent in the engine, discovery to sorted findings
 */
public record LintStatistics(Map<Layer, Integer> specsPerLayer, int skipped, int filesRead, int errors,
                             int warnings, int infos, long engineMillis) {

    public LintStatistics {
        specsPerLayer = Map.copyOf(specsPerLayer);
    }

    public int specs() {
        return specsPerLayer.values().stream().mapToInt(Integer::intValue).sum();
    }
}
