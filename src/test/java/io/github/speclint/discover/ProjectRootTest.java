package io.github.speclint.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectRootTest {

    @TempDir
    Path workspace;

    @Test
    void theNearestFolderAboveTheSpecsThatHoldsSmaqitIsTheRoot() throws IOException {
        Path project = workspace.resolve("project");
        Files.createDirectories(project.resolve(".smaqit/templates"));
        Path specs = Files.createDirectories(project.resolve("module/specs"));

        assertEquals(project, ProjectRoot.find(specs, project.resolve("module")));
    }

    @Test
    void theSpecDirectoryItselfCountsWhenItHoldsSmaqit() throws IOException {
        Files.createDirectories(workspace.resolve("specs/.smaqit"));

        assertEquals(workspace.resolve("specs"), ProjectRoot.find(workspace.resolve("specs"), workspace));
    }

    @Test
    void withoutSmaqitTheBaseDirectoryIsTheRoot() throws IOException {
        Path base = Files.createDirectories(workspace.resolve("base"));
        Path specs = Files.createDirectories(base.resolve("docs"));

        assertEquals(base, ProjectRoot.find(specs, base));
    }

    @Test
    void aFileNamedSmaqitIsNoMarker() throws IOException {
        Path base = Files.createDirectories(workspace.resolve("base"));
        Path specs = Files.createDirectories(base.resolve("nested/specs"));
        Files.writeString(base.resolve("nested/.smaqit"), "not a folder");

        assertEquals(base, ProjectRoot.find(specs, base));
    }
}
