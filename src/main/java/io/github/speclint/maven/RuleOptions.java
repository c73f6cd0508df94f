package io.github.speclint.maven;

import io.github.speclint.adopt.ProjectSettings;
import io.github.speclint.adopt.RuleSeverities;
import io.github.speclint.rules.RuleInfo;
import io.github.speclint.rules.RuleSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The severities of a run: {@code speclint.yml} at the project root, then the POM's {@code <rules>}, then
 * {@code -Dspeclint.rules=id:level,...}; each names rules, and for a rule named in more than one the later wins.
 * A Map parameter cannot take a command-line property, so the property is read from the session.
 */
final class RuleOptions {

    static final String PROPERTY = "speclint.rules";

    private RuleOptions() {
    }

    static RuleSeverities resolve(Path base, Map<String, String> pom, MavenSession session)
            throws MojoExecutionException {
        List<RuleInfo> known = RuleSet.all();
        try {
            RuleSeverities file = RuleSeverities.of(ProjectSettings.read(base).rules(), ProjectSettings.FILE_NAME,
                    known);
            RuleSeverities fromPom = RuleSeverities.of(pom == null ? Map.of() : pom, "the POM's <rules>", known);
            String property = property(session);
            RuleSeverities fromCommandLine = property == null ? RuleSeverities.DEFAULTS
                    : RuleSeverities.of(RuleSeverities.parseList(property, PROPERTY), PROPERTY, known);
            return file.overriddenBy(fromPom).overriddenBy(fromCommandLine);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("speclint: " + Printable.text(e.getMessage()), e);
        } catch (IOException e) {
            throw new MojoExecutionException("speclint: cannot read " + base.resolve(ProjectSettings.FILE_NAME) + ": "
                    + e.getMessage(), e);
        }
    }

    private static String property(MavenSession session) {
        if (session != null && session.getUserProperties() != null
                && session.getUserProperties().getProperty(PROPERTY) != null) {
            return session.getUserProperties().getProperty(PROPERTY);
        }
        return System.getProperty(PROPERTY);
    }
}
