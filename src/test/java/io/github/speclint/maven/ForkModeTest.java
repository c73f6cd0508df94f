package io.github.speclint.maven;

import io.github.speclint.LintRequest;
import io.github.speclint.Linter;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.discover.SpecRoot;
import io.github.speclint.job.ForkOptions;
import io.github.speclint.schema.SchemaCatalog;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The fork parameter: auto forks a large tree on its first run, true and false decide alone. */
class ForkModeTest {

    private static final String KEY = "the key of this check";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"auto", "AUTO", " true ", "False"})
    void readsTheThreeValuesInAnyCase(String value) throws MojoExecutionException {
        assertEquals(value.strip().toUpperCase(), ForkMode.parse(value).name());
    }

    @Test
    void anythingElseIsAConfigurationErrorThatSaysWhatIsAccepted() {
        MojoExecutionException refused = assertThrows(MojoExecutionException.class,
                () -> ForkMode.parse("sometimes\n[ERROR] injected"));
        assertEquals("speclint: fork is \"sometimes\\n[ERROR] injected\"; use auto, true or false",
                refused.getMessage());
    }

    @Test
    void autoForksFromAThousandFilesTrueAlwaysFalseNever() throws IOException, MojoExecutionException {
        List<SpecRoot> small = tree("small", ForkOptions.FORK_FROM - 1);
        List<SpecRoot> large = tree("large", ForkOptions.FORK_FROM);

        assertEquals(Optional.empty(), ForkMode.AUTO.tree(small, null, () -> KEY));
        assertEquals(ForkOptions.FORK_FROM, ForkMode.AUTO.tree(large, null, () -> KEY).orElseThrow().files());
        assertEquals(ForkOptions.FORK_FROM - 1, ForkMode.TRUE.tree(small, null, () -> KEY).orElseThrow().files());
        assertEquals(Optional.empty(), ForkMode.FALSE.tree(large, null, () -> KEY));
    }

    @Test
    void autoLeavesATreeOfThirtyThousandFilesToTheBuildsOwnJit() throws IOException, MojoExecutionException {
        List<SpecRoot> huge = tree("huge", ForkOptions.FULL_JIT_FROM);

        assertEquals(Optional.empty(), ForkMode.AUTO.tree(huge, null, () -> KEY));
        assertEquals(ForkOptions.FULL_JIT_FROM, ForkMode.TRUE.tree(huge, null, () -> KEY).orElseThrow().files());
    }

    @Test
    void autoStaysInTheBuildWhenAnEarlierRunOfTheSameKeyLeftItsCache() throws IOException, MojoExecutionException {
        List<SpecRoot> large = tree("large", ForkOptions.FORK_FROM);
        Path output = folder.resolve("target/speclint");
        ResultCache cache = ResultCache.open(output, KEY, SchemaCatalog.builtIn().layers());
        new Linter().lint(LintRequest.of(tree("one", 1).get(0).directory(), folder), cache);
        assertEquals(Optional.empty(), cache.save());

        assertEquals(Optional.empty(), ForkMode.AUTO.tree(large, output, () -> KEY));
        assertEquals(ForkOptions.FORK_FROM, ForkMode.AUTO.tree(large, output, () -> "another configuration")
                .orElseThrow().files(), "a cache no file will be taken from is no reason to stay");
        assertEquals(ForkOptions.FORK_FROM, ForkMode.AUTO.tree(large, folder.resolve("fresh"), () -> {
            throw new AssertionError("without a cache the key is not worked out");
        }).orElseThrow().files());
        assertEquals(ForkOptions.FORK_FROM, ForkMode.TRUE.tree(large, output, () -> KEY).orElseThrow().files());
    }

    private List<SpecRoot> tree(String name, int files) throws IOException {
        Path root = Files.createDirectories(folder.resolve(name));
        for (int i = 0; i < files; i++) {
            Files.writeString(root.resolve("spec-" + i + ".md"), "# spec");
        }
        return List.of(new SpecRoot("", root));
    }
}
