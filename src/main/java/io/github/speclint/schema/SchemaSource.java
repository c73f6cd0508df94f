package io.github.speclint.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
        boolean auto = profile == null || profile.isBlank() || profile.equals("auto");
        if (!auto) {
            return SchemaCatalog.builtIn();
        }
        Path folder = templates != null ? templates : projectRoot.resolve(INSTALLED);
        if (!Files.isDirectory(folder)) {
            if (templates != null) {
                throw new TemplateException(display(folder, base), 1, "no such folder; point speclint.templates at "
                        + "the folder of <layer>.template.md files");
            }
            return SchemaCatalog.builtIn();
        }
        return TemplateSchemas.load(folder, display(folder, base));
    }

    private static String display(Path folder, Path base) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path from = base.toAbsolutePath().normalize();
        return (absolute.startsWith(from) ? from.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
