package io.github.speclint.rules.file;

import io.github.speclint.discover.PathProblem;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingCollector;
import io.github.speclint.rules.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A path under the spec root that could not be entered, read or followed (a folder without read permission, a path
 * longer than the file system allows, a symlink that leads nowhere, loops, or leaves the project): the specs in it
 * are not checked, and without this finding the run would pass as if they were not there.
 */
public final class PathSkippedRule extends AbstractRule {

    public PathSkippedRule() {
        super("path-skipped", Severity.ERROR, "Every folder and link under the spec root can be read and followed");
    }

    /** @param severity the severity the rule runs at in this run */
    public List<Finding> check(List<PathProblem> problems, Function<RuleInfo, Severity> severity) {
        List<Finding> findings = new ArrayList<>();
        for (PathProblem problem : problems) {
            FindingCollector out = new FindingCollector(problem.displayPath(), severity);
            report(out, SourcePosition.START, problem.displayPath(), problem.message());
            findings.addAll(out.findings());
        }
        return findings;
    }
}
