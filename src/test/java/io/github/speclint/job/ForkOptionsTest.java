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

        assertEquals(4, ForkOptions.markdownFiles(List.of(root("a"), root("b")), 100));
    }

    @Test
    void stopsCountingWhereTheChoiceStopsChanging() throws IOException {
        write("a/1.md", "a/2.md", "a/3.md", "b/4.md", "b/5.md");

        assertEquals(2, ForkOptions.markdownFiles(List.of(root("a"), root("b")), 2));
        assertEquals(4, ForkOptions.markdownFiles(List.of(root("a"), root("b")), 4));
    }

    @Test
    void followsASymlinkedFolderOnceAndSurvivesALoop() throws IOException {
        write("real/one.md", "real/two.md");
        Files.createDirectories(folder.resolve("docs"));
        Files.createSymbolicLink(folder.resolve("docs/linked"), folder.resolve("real"));
        Files.createSymbolicLink(folder.resolve("real/loop"), folder.resolve("real"));

        assertEquals(2, ForkOptions.markdownFiles(List.of(root("docs")), 100));
    }

    @Test
    void aRootThatIsNotThereCountsNothing() {
        assertEquals(0, ForkOptions.markdownFiles(List.of(root("missing")), 100));
    }

    @Test
    void theQuickCompilerAloneForTreesBelowTheCrossoverTheDefaultJitFromIt() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                ForkOptions.jvmOptions(ForkOptions.FORK_FROM));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                ForkOptions.jvmOptions(ForkOptions.FULL_JIT_FROM - 1));
        assertEquals(List.of(), ForkOptions.jvmOptions(ForkOptions.FULL_JIT_FROM));
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
