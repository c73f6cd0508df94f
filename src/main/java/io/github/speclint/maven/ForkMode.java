package io.github.speclint.maven;

import io.github.speclint.cache.ResultCache;
import io.github.speclint.discover.SpecRoot;
import io.github.speclint.job.ForkOptions;
import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The {@code fork} parameter: whether {@code check} runs in a JVM of its own. */
enum ForkMode {
    AUTO, TRUE, FALSE;

    /** The key of the check's cache: working it out takes a cold JVM tens of milliseconds. */
    interface CacheKeySource {
        String get() throws MojoExecutionException;
    }

    static ForkMode parse(String value) throws MojoExecutionException {
        return ParameterValues.oneOf(ForkMode.class, "fork", value);
    }

    /**
     * The tree the fork is sized for (its files counted up to where the choice of JVM options stops changing), or
     * empty when the check runs in the build's JVM. {@code auto} forks only where it pays: from 1,000 files, and below
     * 30,000, where the optimising compiler the fork leaves out would pay back what it costs; and not when an earlier
     * run of the same key left a cache: a re-run takes most files from it, and is then shorter than starting a JVM.
     * A cache of another key (another configuration, another build of speclint) is no reason to stay.
     *
     * @param cacheIn the output folder whose cache the check uses, or null for none
     * @param key     the key the check keeps its cache under, worked out only when there is a cache to compare
     */
    Optional<ForkOptions.TreeSize> tree(List<SpecRoot> roots, Path cacheIn, CacheKeySource key)
            throws MojoExecutionException {
        if (this == FALSE || this == AUTO && cacheIn != null && ResultCache.kept(cacheIn)
                && ResultCache.kept(cacheIn, key.get())) {
            return Optional.empty();
        }
        ForkOptions.TreeSize tree = ForkOptions.measure(roots, ForkOptions.FULL_JIT_FROM);
        boolean pays = tree.files() >= ForkOptions.FORK_FROM && tree.files() < ForkOptions.FULL_JIT_FROM;
        return this == AUTO && !pays ? Optional.empty() : Optional.of(tree);
    }
}
