package io.github.speclint.discover;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which folder the reports' paths are relative to. */
class PathRootTest {

    @TempDir
    Path top;

    @Test
    void theRepositoryRootHoldsGitAndAModuleBuildSeesItsFolderInThePaths() throws IOException {
        Files.createDirectories(top.resolve("repo/.git"));
        Path reactor = Files.createDirectories(top.resolve("repo/shop"));
        Path module = Files.createDirectories(reactor.resolve("orders"));

        PathRoot root = PathRoot.find(reactor, module, Map.<String, String>of()::get);

        assertEquals(new PathRoot(top.resolve("repo"), PathRoot.Kind.REPOSITORY), root);
        assertEquals("the repository root " + top.resolve("repo"), root.describe());
    }

    @Test
    void aGitFileMarksAWorktreeOrSubmoduleRoot() throws IOException {
        Path repo = Files.createDirectories(top.resolve("wt"));
        Files.writeString(repo.resolve(".git"), "gitdir: ../main/.git/worktrees/wt\n");

        assertEquals(repo, PathRoot.find(repo, repo, Map.<String, String>of()::get).directory());
    }

    @Test
    void onGitHubTheWorkspaceIsTheRoot() throws IOException {
        Path workspace = Files.createDirectories(top.resolve("ws"));
        Files.createDirectories(workspace.resolve("nested/.git"));
        Path project = Files.createDirectories(workspace.resolve("nested/app"));

        PathRoot root = PathRoot.find(project, project, Map.of("GITHUB_WORKSPACE", workspace.toString())::get);

        assertEquals(new PathRoot(workspace, PathRoot.Kind.GITHUB_WORKSPACE), root);
    }

    @Test
    void aWorkspaceThatDoesNotHoldTheProjectIsIgnored() throws IOException {
        Path project = Files.createDirectories(top.resolve("app"));

        PathRoot root = PathRoot.find(project, project, Map.of("GITHUB_WORKSPACE", "/somewhere/else")::get);

        assertEquals(new PathRoot(project, PathRoot.Kind.EXECUTION_ROOT), root);
    }

    @Test
    void withoutARepositoryTheExecutionRootIsTheRoot() throws IOException {
        Path reactor = Files.createDirectories(top.resolve("shop"));
        Path module = Files.createDirectories(reactor.resolve("orders"));

        PathRoot root = PathRoot.find(reactor, module, ceiling(top));

        assertEquals(new PathRoot(reactor, PathRoot.Kind.EXECUTION_ROOT), root);
    }

    @Test
    void theSearchNeverMovesUpIntoACeilingFolderAsGitDoes() throws IOException {
        Files.createDirectories(top.resolve(".git"));
        Path inner = Files.createDirectories(top.resolve("build/it/project"));

        assertEquals(inner, PathRoot.find(inner, inner, ceiling(top.resolve("build"))).directory());
        assertEquals(top, PathRoot.find(inner, inner, Map.<String, String>of()::get).directory());
    }

    @Test
    void aProjectOutsideTheExecutionRootIsItsOwnRoot() throws IOException {
        Path started = Files.createDirectories(top.resolve("here"));
        Path project = Files.createDirectories(top.resolve("there"));

        assertEquals(new PathRoot(project, PathRoot.Kind.PROJECT), PathRoot.find(started, project, ceiling(top)));
    }

    private static java.util.function.Function<String, String> ceiling(Path folder) {
        return Map.of("GIT_CEILING_DIRECTORIES", folder.toString())::get;
    }
}
