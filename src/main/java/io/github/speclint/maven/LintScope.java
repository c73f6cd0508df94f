package io.github.speclint.maven;

import io.github.speclint.discover.PathRoot;
import io.github.speclint.discover.RealPath;
import io.github.speclint.discover.SpecRoot;
import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What one run of a goal lints and where its output goes: the spec directories with their modules, the folder every
 * path is relative to, the project whose settings apply ({@code speclint.yml}), the report folder, the folders
 * discovery leaves out (build output and reports) and the project folders (a spec directory that is a whole project
 * may hold the report folder).
 *
 * @param name how the summary names the run: empty for a lone project, the module in a reactor, the modules for
 *             the aggregate
 */
record LintScope(List<SpecRoot> roots, PathRoot root, Path project, Path output, Set<Path> pruned,
                 Set<Path> projects, String name) {

    LintScope {
        roots = List.copyOf(roots);
        pruned = Set.copyOf(pruned);
        projects = Set.copyOf(projects);
    }

    /**
     * One project's spec directory, its paths relative to {@code root}; build output and the report folder are left
     * out of discovery.
     *
     * @param module the module's name in a reactor, else empty
     */
    static LintScope of(ProjectPaths paths, PathRoot root, String module) {
        return new LintScope(List.of(new SpecRoot(module, paths.specs())), root, paths.base(), paths.output(),
                Set.of(paths.build(), paths.output()), Set.of(paths.base()), module);
    }

    /**
     * Report files never land in a spec tree, unless the tree is a whole project ({@code directory=.}) or the folder
     * is build output: discovery does not enter either, so no report can be read back as a spec.
     */
    void checkOutput() throws MojoExecutionException {
        // real paths: an output folder that is (or lies under) a symlink into the spec tree is inside it
        Path realOutput = RealPath.of(output);
        if (pruned.stream().anyMatch(folder -> !folder.equals(output) && realOutput.startsWith(RealPath.of(folder)))) {
            return;
        }
        for (SpecRoot spec : roots) {
            if (realOutput.startsWith(RealPath.of(spec.directory())) && !projects.contains(spec.directory())) {
                throw new MojoExecutionException("speclint: outputDirectory " + output
                        + (realOutput.equals(output) ? "" : " (really " + realOutput + ")") + " lies inside the spec "
                        + "tree " + spec.directory() + "; speclint never writes there, so set "
                        + "speclint.outputDirectory elsewhere");
            }
        }
    }
}
