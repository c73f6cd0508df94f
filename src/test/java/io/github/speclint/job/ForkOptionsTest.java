package io.github.speclint.job;

import io.github.speclint.discover.SpecRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fork is sized by the Markdown files under the roots, counted only as far as the choice needs. */
class ForkOptionsTest {

    @TempDir
    Path folder;

    @Test
    void countsMarkdownFilesOnlyAcrossRootsAndFolders() throws IOException {
        write("a/one.md", "a/two.MD", "a/deep/three.md", "a/notes.txt", "b/four.md");

        assertEquals(new ForkOptions.TreeSize(4, "# a/one.md# a/two.MD# a/deep/three.md# b/four.md".length()),
                ForkOptions.measure(List.of(root("a"), root("b")), 100));
    }

    @Test
    void stopsCountingWhereTheChoiceStopsChanging() throws IOException {
        write("a/1.md", "a/2.md", "a/3.md", "b/4.md", "b/5.md");

        assertEquals(2, ForkOptions.measure(List.of(root("a"), root("b")), 2).files());
        assertEquals(4, ForkOptions.measure(List.of(root("a"), root("b")), 4).files());
    }

    @Test
    void followsASymlinkedFolderOnceAndSurvivesALoop() throws IOException {
        write("real/one.md", "real/two.md");
        Files.createDirectories(folder.resolve("docs"));
        Files.createSymbolicLink(folder.resolve("docs/linked"), folder.resolve("real"));
        Files.createSymbolicLink(folder.resolve("real/loop"), folder.resolve("real"));

        assertEquals(2, ForkOptions.measure(List.of(root("docs")), 100).files());
    }

    @Test
    void aTreeOfOtherFilesEndsTheWalkAfterFourEntriesPerFileItMayCount() throws IOException {
        for (int i = 0; i < 50; i++) {
            write("images/picture-" + i + ".png");
        }
        write("docs/spec.md");
        List<SpecRoot> imagesFirst = List.of(root("images"), root("docs"));

        assertEquals(0, ForkOptions.measure(imagesFirst, 10).files(), "40 entries, all in the first root");
        assertEquals(1, ForkOptions.measure(imagesFirst, 100).files());
    }

    @Test
    void aRootThatIsNotThereCountsNothing() {
        assertEquals(new ForkOptions.TreeSize(0, 0), ForkOptions.measure(List.of(root("missing")), 100));
    }

    @Test
    void theQuickCompilerAloneForTreesBelowTheCrossoverTheDefaultJitFromIt() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn200m", "-Xms512m", "-Xmx512m"),
                ForkOptions.jvmOptions(new ForkOptions.TreeSize(ForkOptions.FORK_FROM, 7_000_000), Long.MAX_VALUE));
        assertEquals(List.of(), ForkOptions.jvmOptions(new ForkOptions.TreeSize(ForkOptions.FULL_JIT_FROM, 0),
                Long.MAX_VALUE));
    }

    @Test
    void theHeapGrowsWithTheTreeUpToTheBuildsOwn() {
        long mib = 1024 * 1024;
        // 256 MiB and four times the 76 MiB of Markdown
        assertEquals("-Xmx560m", heap(new ForkOptions.TreeSize(10_000, 76 * mib), Long.MAX_VALUE));
        assertEquals("-Xmx530m", heap(new ForkOptions.TreeSize(10_000, 76 * mib), 530 * mib));
        assertEquals("-Xmx512m", heap(new ForkOptions.TreeSize(10_000, 76 * mib), 64 * mib),
                "never below what the young generation and the largest spec need");
    }

    private static String heap(ForkOptions.TreeSize tree, long buildMaxHeap) {
        List<String> options = ForkOptions.jvmOptions(tree, buildMaxHeap);
        return options.get(options.size() - 1);
    }

    private SpecRoot root(String name) {
        return new SpecRoot("", folder.resolve(name));
    }

    private void write(String... names) throws IOException {
        for (String name : names) {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# " + name);
        }
    }
}
