package io.github.speclint.maven;

import io.github.speclint.LintResult;
import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.BaselineFile;
import io.github.speclint.job.FindingLog;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.report.ConsoleFormat;
import io.github.speclint.rules.RuleSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.util.List;
import java.util.Optional;

/**
 * Writes the baseline: the current findings of the spec tree, each named by its fingerprint (spec id, rule and
 * subject, never the line), to {@code speclint-baseline.json} at the project root ({@code speclint.baseline}). From
 * then on {@code check} lists them as known and fails only on findings it does not list. Run it again after fixing
 * findings to drop them from the file. The tree is linted exactly as {@code check} lints it (same directory,
 * includes, rules, test reports); {@code check}'s failOn, maxAllowedViolations, formats and quiet do not apply.
 * Findings suppressed by a comment are not written (they are accepted already), nor findings about suppressions.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends CheckMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip()) {
            getLog().info("speclint: skipped (speclint.skip)");
            return;
        }
        Optional<LintScope> found = scope();
        if (found.isEmpty()) {
            return;
        }
        LintScope scope = found.get();
        BaselineLocation location = baselineLocation(scope);
        LintResult result = lint(scope, Optional.empty());
        Baseline accepted = BaselineFile.of(result.triage());
        location.write(accepted, scope);
        getLog().info(ConsoleFormat.summary(result.statistics(), scope.name()));
        getLog().info(String.format("speclint: wrote %d finding(s) (%d error(s), %d warning(s), %d info) to %s; "
                        + "speclint:check now fails only on findings it does not list", accepted.entries().size(),
                count(accepted, Severity.ERROR), count(accepted, Severity.WARNING), count(accepted, Severity.INFO),
                location.file()));
        List<Finding> notAccepted = result.findings().stream().filter(f -> !RuleSet.acceptable(f.ruleId())).toList();
        if (!notAccepted.isEmpty()) {
            getLog().warn(String.format("speclint: %d finding(s) about suppressions or internal errors cannot be "
                    + "accepted by a baseline and still count; fix them:", notAccepted.size()));
            new FindingLog(new MavenJobLog(getLog())).findings(notAccepted);
        }
    }

    private static long count(Baseline baseline, Severity severity) {
        return baseline.entries().stream().filter(entry -> entry.severity() == severity).count();
    }
}
