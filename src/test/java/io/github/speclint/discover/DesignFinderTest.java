package io.github.speclint.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DesignFinderTest {

    @TempDir
    Path project;

    @Test
    void findsDesignsInPathOrderSkippingReadmesHiddenFoldersAndOtherFiles() throws IOException {
        Path designs = project.resolve("docs/designs");
        touch(designs, "stack/dsg-stk-web-component.md", "business/dsg-bus-login-use-case.md",
                "business/dsg-bus-login-use-case.png", "README.md", ".drafts/dsg-bus-x.md", "notes.txt");

        List<DesignFile> found = new DesignFinder(designs, project, project).find();

        assertEquals(List.of("docs/designs/business/dsg-bus-login-use-case.md",
                "docs/designs/stack/dsg-stk-web-component.md"), found.stream().map(DesignFile::displayPath).toList());
        assertEquals(List.of("business", "stack"), found.stream().map(DesignFile::folder).toList());
    }

    @Test
    void listsSymbolicLinksToDesignsAndFoldersWithoutFollowingThem() throws IOException {
        Path designs = project.resolve("docs/designs");
        Path outside = project.resolve("outside");
        touch(outside, "dsg-bus-secret-use-case.md");
        touch(designs, "business/dsg-bus-login-use-case.md");
        Files.createSymbolicLink(designs.resolve("business/dsg-bus-copy-use-case.md"),
                outside.resolve("dsg-bus-secret-use-case.md"));
        Files.createSymbolicLink(designs.resolve("stack"), outside);

        List<DesignFile> found = new DesignFinder(designs, project, project).find();

        assertEquals(List.of("docs/designs/business/dsg-bus-copy-use-case.md false",
                        "docs/designs/business/dsg-bus-login-use-case.md true", "docs/designs/stack false"),
                found.stream().map(f -> f.displayPath() + " " + !f.symlink()).toList());
    }

    @Test
    void aDesignFolderReachedThroughASymbolicLinkIsOneFindingNotAWalk() throws IOException {
        Path outside = project.resolve("outside");
        touch(outside, "designs/business/dsg-bus-login-use-case.md");
        Files.createSymbolicLink(project.resolve("docs"), outside);

        List<DesignFile> found = new DesignFinder(project.resolve("docs/designs"), project, project).find();

        assertEquals(List.of("docs true"), found.stream().map(f -> f.displayPath() + " " + f.symlink()).toList());
    }

    @Test
    void noDesignFolderMeansNoDesigns() throws IOException {
        assertEquals(List.of(), new DesignFinder(project.resolve("docs/designs"), project, project).find());
    }

    private static void touch(Path root, String... files) throws IOException {
        for (String file : files) {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "---\nid: x\n---\n");
        }
    }
}
