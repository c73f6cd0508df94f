package io.github.speclint.discover;

import io.github.speclint.model.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpecFinderTest {

    @TempDir
    Path project;

    @Test
    void findsMarkdownInPathOrderAndPrunesBuildVcsDependencyAndHiddenFolders() throws IOException {
        Path docs = project.resolve("docs");
        touch(docs, "specs/business/uc1.md", "specs/business/README.md", "specs/functional/f.md", "adr/001.md",
                "target/copy.md", ".git/x.md", "node_modules/pkg/readme2.md", ".obsidian/note.md", "specs/x.txt");

        List<CandidateFile> found = new SpecFinder(docs, project, List.of("**/*.md"), List.of()).find();

        assertEquals(List.of("docs/adr/001.md", "docs/specs/business/uc1.md", "docs/specs/functional/f.md"),
                found.stream().map(CandidateFile::displayPath).toList());
    }

    @Test
    void takesTheLayerFromTheNearestLayerFolderAnywhereBelowTheRoot() throws IOException {
        Path docs = project.resolve("docs");
        touch(docs, "specs/business/uc1.md", "business/archive/old.md", "adr/001.md");

        List<CandidateFile> found = new SpecFinder(docs, project, List.of("**/*.md"), List.of()).find();

        assertEquals(List.of(Optional.empty(), Optional.of(Layer.BUSINESS), Optional.of(Layer.BUSINESS)),
                found.stream().map(CandidateFile::folderLayer).toList());
    }

    @Test
    void aRootNamedAfterALayerGivesItsFilesThatLayer() throws IOException {
        Path stack = project.resolve("specs/stack");
        touch(stack, "web.md");

        List<CandidateFile> found = new SpecFinder(stack, project, List.of("**/*.md"), List.of()).find();

        assertEquals(Optional.of(Layer.STACK), found.get(0).folderLayer());
        assertEquals("specs/stack/web.md", found.get(0).displayPath());
    }

    @Test
    void appliesIncludesAndExcludesRelativeToTheRoot() throws IOException {
        Path docs = project.resolve("docs");
        touch(docs, "business/uc1.md", "business/draft/uc9.md", "functional/f.md");

        List<CandidateFile> found = new SpecFinder(docs, project, List.of("business/**"),
                List.of("**/draft/**")).find();

        assertEquals(List.of("docs/business/uc1.md"), found.stream().filter(CandidateFile::linted)
                .map(CandidateFile::displayPath).toList());
    }

    @Test
    void filesLeftOutAreStillFoundForTheGraphButNotLinted() throws IOException {
        Path docs = project.resolve("docs");
        touch(docs, "business/uc1.md", "business/draft/uc9.md", "functional/f.md", "functional/notes.txt",
                "functional/README.md");

        List<CandidateFile> found = new SpecFinder(docs, project, List.of("business/**"),
                List.of("**/draft/**")).find();

        assertEquals(List.of("docs/business/draft/uc9.md", "docs/functional/f.md"), found.stream()
                .filter(file -> !file.linted()).map(CandidateFile::displayPath).toList());
    }

    @Test
    void includesMayNameFilesThatAreNotMarkdown() throws IOException {
        Path docs = project.resolve("docs");
        touch(docs, "business/uc1.markdown", "business/uc2.md");

        List<CandidateFile> found = new SpecFinder(docs, project, List.of("**/*.markdown"), List.of()).find();

        assertEquals(List.of("docs/business/uc1.markdown:true", "docs/business/uc2.md:false"), found.stream()
                .map(file -> file.displayPath() + ":" + file.linted()).toList());
    }

    @Test
    void aMissingRootHasNoFiles() throws IOException {
        assertEquals(List.of(), new SpecFinder(project.resolve("nope"), project, List.of("**/*.md"), List.of()).find());
    }

    private static void touch(Path root, String... files) throws IOException {
        for (String file : files) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "# x\n");
        }
    }
}
