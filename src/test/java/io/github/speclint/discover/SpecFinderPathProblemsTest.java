package io.github.speclint.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** What discovery cannot enter or read is a problem it reports, never a silent gap in the tree. */
class SpecFinderPathProblemsTest {

    @TempDir
    Path project;

    @Test
    void aPathLongerThanTheFileSystemAllowsIsReportedAndTheRestIsFound() throws IOException {
        Path docs = Files.createDirectories(project.resolve("docs/business"));
        Files.writeString(docs.resolve("uc1.md"), "# spec\n");
        // built bottom-up with short absolute paths: no call needs the full path, which the system would refuse
        String name = "d".repeat(250);
        Path deep = Files.createDirectories(project.resolve("n0"));
        Files.writeString(deep.resolve("deep.md"), "# deep\n");
        for (int i = 1; i <= 20; i++) {
            Path outer = Files.createDirectories(project.resolve("n" + i));
            Files.move(deep, outer.resolve(name + (i - 1)));
            deep = outer;
        }
        Files.move(deep, docs.resolve(name));
        try {
            SpecFinder finder = new SpecFinder(project.resolve("docs"), project, List.of("**/*.md"), List.of());

            List<CandidateFile> found = finder.find();

            assertEquals(List.of("docs/business/uc1.md"), found.stream().map(CandidateFile::displayPath).toList());
            assertEquals(1, finder.problems().size(), finder.problems().toString());
            PathProblem problem = finder.problems().get(0);
            assertTrue(problem.displayPath().startsWith("docs/business/" + name + "/"), problem.displayPath());
            assertTrue(problem.message().matches("path of [\\d,]+ characters is longer than the file system allows; "
                    + "the specs in it are not checked"), problem.message());
        } finally {
            // taken apart top-down the same way, so that the temporary folder can be deleted
            Path top = Files.move(docs.resolve(name), project.resolve("m20"));
            for (int i = 19; i >= 0; i--) {
                top = Files.move(top.resolve(name + i), project.resolve("m" + i));
            }
        }
    }

    @Test
    void aFolderWithoutReadPermissionIsReported() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every folder: nothing to deny");
        Path locked = Files.createDirectories(project.resolve("docs/business"));
        Files.writeString(locked.resolve("uc1.md"), "# spec\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            SpecFinder finder = new SpecFinder(project.resolve("docs"), project, List.of("**/*.md"), List.of());

            assertEquals(List.of(), finder.find());
            assertEquals(List.of(new PathProblem("docs/business", "cannot be read (permission denied); the specs in "
                    + "it are not checked")), finder.problems());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void eachKindOfFailureIsSaidInTheUsersTerms() {
        Path path = project.resolve("docs/business");
        assertEquals("cannot be read (permission denied); the specs in it are not checked",
                WalkProblems.describe(path, new AccessDeniedException(path.toString())));
        assertTrue(WalkProblems.describe(path, new FileSystemException(path.toString(), null, "File name too long"))
                .startsWith("path of "));
        assertEquals("cannot be read (FileSystemException: Input/output error); the specs in it are not checked",
                WalkProblems.describe(path, new FileSystemException(path.toString(), null, "Input/output error")));
        assertEquals("cannot be read (IOException); the specs in it are not checked",
                WalkProblems.describe(path, new IOException("x")));
    }
}
