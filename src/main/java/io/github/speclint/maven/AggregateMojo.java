package io.github.speclint.maven;

import io.github.speclint.discover.SpecRoot;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Lints the spec directories of every module of the reactor and of the root as one spec tree: links between modules
 * resolve, ids are unique across the product, each finding names its module, every path is relative to one root,
 * and one set of reports goes to the root's {@code target/speclint}. Runs once, at the reactor root; takes the same
 * parameters as {@code check}, where {@code directory} is the root's own spec directory and each module's comes from
 * its own POM.
 *
 * @since 0.1.0
 */
@Mojo(name = "aggregate", aggregator = true, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AggregateMojo extends CheckMojo {

    /** Module names in the summary line up to this many; beyond, their number. */
    private static final int NAMED_MODULES = 4;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    Optional<LintScope> scope() {
        if (!project.isExecutionRoot()) {
            getLog().info("speclint: aggregate runs once, at the reactor root; nothing to do in "
                    + project.getArtifactId());
            return Optional.empty();
        }
        List<MavenProject> modules = session.getProjects();
        boolean several = modules.size() > 1;
        ProjectPaths rootPaths = ProjectPaths.of(project, session, directory, outputDirectory);
        Properties userProperties = session.getUserProperties();
        List<SpecRoot> roots = new ArrayList<>();
        List<String> without = new ArrayList<>();
        Set<Path> pruned = new HashSet<>(Set.of(rootPaths.output()));
        Set<Path> projects = new HashSet<>();
        for (MavenProject module : modules) {
            Path base = ProjectPaths.normalized(module.getBasedir().toPath());
            Path specs = module == project ? rootPaths.specs()
                    : ModuleDirectory.of(module, plugin.getPluginLookupKey(), userProperties);
            projects.add(base);
            pruned.add(ProjectPaths.buildDirectory(module, base).toAbsolutePath().normalize());
            if (specs.toFile().isDirectory()) {
                roots.add(new SpecRoot(several ? module.getArtifactId() : "", specs));
            } else {
                without.add(module.getArtifactId());
            }
        }
        if (!without.isEmpty()) {
            getLog().info("speclint: no spec directory in " + String.join(", ", without));
        }
        if (roots.isEmpty()) {
            getLog().info("speclint: no module has a spec directory; nothing to check");
            return Optional.empty();
        }
        LintScope scope = new LintScope(roots, pathRoot(rootPaths.base()), rootPaths.base(), rootPaths.output(),
                pruned, projects, several ? name(roots) : "");
        getLog().info("speclint: " + roots.size() + " spec " + (roots.size() == 1 ? "directory" : "directories")
                + " in one spec graph; paths are relative to " + scope.root().describe());
        return Optional.of(scope);
    }

    /** Unless set, the Surefire and Failsafe reports of every module of the reactor, those that exist. */
    @Override
    List<Path> testReportLocations(LintScope scope) throws MojoExecutionException {
        if (testReports != null && !testReports.isEmpty()) {
            return super.testReportLocations(scope);
        }
        List<Path> locations = new ArrayList<>();
        for (MavenProject module : session.getProjects()) {
            Path base = ProjectPaths.normalized(module.getBasedir().toPath());
            locations.addAll(TestReportPaths.of(null, ProjectPaths.buildDirectory(module, base), base));
        }
        return locations;
    }

    private static String name(List<SpecRoot> roots) {
        List<String> names = roots.stream().map(SpecRoot::module).toList();
        return "aggregate of " + (names.size() <= NAMED_MODULES ? String.join(", ", names)
                : names.size() + " modules");
    }
}
