package io.github.speclint;

import io.github.speclint.adopt.RulesRun;
import io.github.speclint.cache.CacheKey;
import io.github.speclint.discover.ProjectRoot;
import io.github.speclint.schema.SchemaCatalog;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The key of a cache of a linter's results for a request: everything besides a file's bytes that its per-document
 * outcome depends on (the test reports are not among them: they only feed cross-document rules).
 */
final class RunKey {

    private RunKey() {
    }

    /** @param schemas the schemas' {@link SchemaCatalog#source()}: the key needs no more of them */
    static String of(LintRequest request, String schemas, RulesRun rulesRun) {
        StringBuilder configuration = new StringBuilder();
        request.roots().forEach(root -> configuration.append("root ").append(root.module()).append('=')
                .append(root.directory().toAbsolutePath().normalize()).append('\n'));
        configuration.append("base ").append(request.baseDirectory().toAbsolutePath().normalize())
                .append("\nproject ").append(ProjectRoot.find(request.directory(), request.baseDirectory())
                        .toAbsolutePath().normalize())
                .append("\nincludes ").append(request.includes()).append("\nexcludes ").append(request.excludes())
                .append("\nprofile ").append(request.profile()).append("\nmax ").append(request.maxFileBytes())
                .append("\npruned ").append(request.pruned().stream().map(Path::toString).sorted().toList())
                .append("\ndesigns ").append(request.designs())
                .append("\nschemas ").append(schemas)
                // messages write counts the locale's way ("50,000" or "50.000")
                .append("\nlocale ").append(Locale.getDefault(Locale.Category.FORMAT).toLanguageTag())
                .append("\nrules");
        rulesRun.rules().forEach(rule -> configuration.append(' ').append(rule.id()).append('=')
                .append(rulesRun.severity(rule)));
        return CacheKey.of(SpeclintVersion.get(), configuration.toString());
    }
}
