package io.github.speclint;

import io.github.speclint.adopt.RulesRun;
import io.github.speclint.discover.DesignFile;
import io.github.speclint.discover.DesignFinder;
import io.github.speclint.graph.DesignIndex;
import io.github.speclint.graph.SpecFacts;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Finding;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.parse.DesignParser;
import io.github.speclint.rules.DesignLinkRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingCollector;
import io.github.speclint.schema.DesignSchema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The design phase of a run: reads every design under the design folder once (in parallel), builds the design
 * index over them and the already indexed specs, and runs the design rules on each design and the Design
 * References rules on each spec, all by look-ups.
 */
final class DesignCheck {

    private final DesignSchema schema;
    private final List<DesignRule> designRules;
    private final List<DesignLinkRule> linkRules;
    private final RulesRun rulesRun;

    /** @param rulesRun the severities the rules run at */
    DesignCheck(DesignSchema schema, List<DesignRule> designRules, List<DesignLinkRule> linkRules,
                RulesRun rulesRun) {
        this.schema = schema;
        this.designRules = List.copyOf(designRules);
        this.linkRules = List.copyOf(linkRules);
        this.rulesRun = rulesRun;
    }

    /** The index over the designs and the findings of every design rule, unsorted. */
    record Outcome(DesignIndex index, List<Finding> findings) {
    }

    /**
     * @param facts  what the per-document phase worked out for every spec read, left-out ones included
     * @param linted the specs whose Design References are judged
     */
    Outcome run(Path folder, Path base, Path projectRoot, long maxFileBytes, SpecIndex specs, List<SpecFacts> facts,
                List<SpecDocument> linted) throws IOException {
        List<DesignFile> files = new DesignFinder(folder, base, projectRoot).find();
        DesignParser parser = new DesignParser(maxFileBytes, schema);
        List<DesignDocument> designs = files.parallelStream().map(parser::parse).toList();
        DesignIndex index = DesignIndex.build(schema, specs, facts, designs, folder, base, projectRoot);
        List<Finding> findings = new ArrayList<>();
        designs.parallelStream().map(design -> check(design, index)).toList().forEach(findings::addAll);
        linted.parallelStream().map(spec -> check(spec, index)).toList().forEach(findings::addAll);
        return new Outcome(index, findings);
    }

    private List<Finding> check(DesignDocument design, DesignIndex index) {
        FindingCollector out = new FindingCollector(design.path(), rulesRun::severity);
        for (DesignRule rule : designRules) {
            RuleGuard.run(rule.info(), () -> rule.check(design, index, out), design.path(), out, true);
        }
        return out.findings();
    }

    private List<Finding> check(SpecDocument spec, DesignIndex index) {
        FindingCollector out = new FindingCollector(spec.path(), rulesRun::severity);
        if (!index.references(spec).section().isPresent()) {
            return out.findings();
        }
        for (DesignLinkRule rule : linkRules) {
            RuleGuard.run(rule.info(), () -> rule.check(spec, index, out), spec.path(), out, true);
        }
        return out.findings();
    }
}
