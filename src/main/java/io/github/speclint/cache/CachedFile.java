package io.github.speclint.cache;

import io.github.speclint.graph.SpecFacts;
import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;

import java.util.List;

/**
 * What the per-document phase made of one file: its findings, and for a spec the spec as the graph reads it and its
 * facts; for a file that is no spec, only the (empty) findings.
 *
 * @param spec  null when the file is not a spec
 * @param facts null when the file is not a spec; its spec is {@code spec}
 */
public record CachedFile(List<Finding> findings, SpecDocument spec, SpecFacts facts) {

    public CachedFile {
        findings = List.copyOf(findings);
    }
}
