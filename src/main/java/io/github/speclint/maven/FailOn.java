package io.github.speclint.maven;

import io.github.speclint.LintStatistics;
import org.apache.maven.plugin.MojoExecutionException;

import java.util.Locale;

/** The {@code failOn} threshold: which findings fail the build. */
enum FailOn {
    ERROR, WARNING, NEVER;

    static FailOn parse(String value) throws MojoExecutionException {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MojoExecutionException("speclint: failOn is \"" + value + "\"; use error, warning or never");
        }
    }

    boolean fails(LintStatistics statistics) {
        return switch (this) {
            case ERROR -> statistics.errors() > 0;
            case WARNING -> statistics.errors() + statistics.warnings() > 0;
            case NEVER -> false;
        };
    }

    /** @param where where the user finds the findings: the lines above, or the report files */
    String failureMessage(LintStatistics statistics, String where) {
        return String.format("speclint found %d error(s) and %d warning(s) in %d spec(s) (failOn=%s); %s",
                statistics.errors(), statistics.warnings(), statistics.specs(), name().toLowerCase(Locale.ROOT), where);
    }
}
