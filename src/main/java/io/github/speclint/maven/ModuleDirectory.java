package io.github.speclint.maven;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The spec directory a module's own {@code check} would lint: its POM's {@code directory} for this plugin (plugin-level
 * configuration first, then any execution's), else the {@code speclint.directory} user property, else {@code docs};
 * relative values count from the module's folder, as Maven resolves a {@code File} parameter.
 */
final class ModuleDirectory {

    static final String PROPERTY = "speclint.directory";

    private ModuleDirectory() {
    }

    static Path of(MavenProject module, String pluginKey, Properties userProperties) {
        Path base = module.getBasedir().toPath();
        String value = configured(module, pluginKey)
                .or(() -> Optional.ofNullable(userProperties.getProperty(PROPERTY)).filter(v -> !v.isBlank()))
                .orElse("docs");
        return ProjectPaths.normalized(base.resolve(value.strip()));
    }

    private static Optional<String> configured(MavenProject module, String pluginKey) {
        Plugin plugin = module.getPlugin(pluginKey);
        if (plugin == null) {
            return Optional.empty();
        }
        List<Object> configurations = new ArrayList<>();
        configurations.add(plugin.getConfiguration());
        for (PluginExecution execution : plugin.getExecutions()) {
            configurations.add(execution.getConfiguration());
        }
        for (Object configuration : configurations) {
            if (configuration instanceof Xpp3Dom dom && dom.getChild("directory") != null) {
                String value = dom.getChild("directory").getValue();
                if (value != null && !value.isBlank() && !value.contains("${")) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }
}
