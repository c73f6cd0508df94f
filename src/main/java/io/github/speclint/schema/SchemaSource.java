package io.github.speclint.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which schemas a run holds specs to: a built-in profile when one is forced, else the project's installed templates
 * when it has them, else the built-in schemas (each spec's footer picking the smaqit version).
 */
public final class SchemaSource {

    /** Where smaqit installs a project's spec templates, below the project root. */
    public static final String INSTALLED = ".smaqit/templates/specs";

    private SchemaSource() {
    }

    /**
     * @param profile     "auto", or the name of a built-in profile that overrides any templates
     * @param templates   the templates folder the user set, or null for the installed one
     * @param projectRoot the folder holding {@code .smaqit/}, or the base directory
     * @param base        what messages name paths relative to
     * @throws TemplateException when the set folder does not exist or a template cannot be made sense of
     */
    public static SchemaCatalog choose(String profile, Path templates, Path projectRoot, Path base)
            throws IOException {
        Optional<Path> folder = templatesFolder(profile, templates, projectRoot);
        if (folder.isEmpty()) {
            return SchemaCatalog.builtIn();
        }
        if (!Files.isDirectory(folder.get())) {
            throw new TemplateException(display(folder.get(), base), 1, "no such folder; point speclint.templates at "
                    + "the folder of <layer>.template.md files");
        }
        return TemplateSchemas.load(folder.get(), display(folder.get(), base));
    }

    /**
     * The templates folder the schemas come from: the one the user set, else the installed one when it exists; none
     * when a built-in profile is forced or the project has no templates.
     */
    public static Optional<Path> templatesFolder(String profile, Path templates, Path projectRoot) {
        boolean auto = profile == null || profile.isBlank() || profile.equals("auto");
        if (!auto) {
            return Optional.empty();
        }
        if (templates != null) {
            return Optional.of(templates);
        }
        Path installed = projectRoot.resolve(INSTALLED);
        return Files.isDirectory(installed) ? Optional.of(installed) : Optional.empty();
    }

    /** How messages name the templates folder: relative to the base when it lies below it. */
    public static String display(Path folder, Path base) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        return (absolute.startsWith(from) ? from.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
