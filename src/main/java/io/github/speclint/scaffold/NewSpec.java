package io.github.speclint.scaffold;

import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.schema.LayerSchema;
import io.github.speclint.schema.Profile;
import io.github.speclint.schema.SchemaCatalog;
import io.github.speclint.schema.TitleStyle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Writes a new spec from its layer's template: the id, status and date filled in, the concept wherever the template
 * names it, the file named by smaqit's conventions (business: the next free use-case number). It reads the spec tree
 * first and refuses to reuse an id or a file; afterwards it lints the tree again and returns what the new spec still
 * has to fill.
 */
public final class NewSpec {

    /** smaqit's concept form, as in {@code BUS-FRONTEND-UI}. */
    private static final Pattern CONCEPT = Pattern.compile("[A-Z0-9]+(?:-[A-Z0-9]+)*");
    private static final int MAX_CONCEPT = 64;
    private static final int MAX_TITLE = 200;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    /**
     * @param layer   a layer's folder or prefix, as the user typed it
     * @param concept the concept in smaqit's form, {@code AUTH}
     * @param title   the spec's name, or null to derive one from the concept
     */
    public record Request(String layer, String concept, String title, LocalDate today) {
    }

    /**
     * @param path     the new file as findings name it
     * @param template what the spec was written from, for messages
     * @param findings what linting the tree finds in the new file
     */
    public record Result(Path file, String path, String id, String template, List<Finding> findings) {
    }

    private NewSpec() {
    }

    /**
     * @param lint          the spec tree (one spec directory), read before and after the write
     * @param fixedProfile  a built-in profile the user forced, if any
     * @throws IllegalArgumentException when the layer, concept or title is not one speclint accepts
     * @throws SpecWriteRefused         when the id or the file is taken
     */
    public static Result create(Request request, Templates templates, Optional<Profile> fixedProfile, Linter linter,
                                LintRequest lint) throws IOException {
        SchemaCatalog catalog = templates.catalog();
        Layer layer = layer(catalog, request.layer());
        String concept = concept(request.concept());
        String title = title(request.title(), concept);
        String id = layer.prefix() + "-" + concept;
        LintResult before = linter.lint(lint);
        List<SpecDocument> taken = before.index().specsWithId(id);
        if (!taken.isEmpty()) {
            throw new SpecWriteRefused("id " + id + " is already the id of " + taken.get(0).path()
                    + "; spec ids are never reused, choose another concept");
        }
        TreeVersion version = TreeVersion.of(before.specs(), catalog, fixedProfile);
        LayerSchema schema = catalog.schema(layer, version.profile());
        SpecTemplate template = templates.of(schema, version.footerVersion());
        Path specDirectory = lint.directory();
        Path folder = specDirectory.resolve(layer.folder());
        OptionalInt useCase = schema.titleStyle() == TitleStyle.USE_CASE
                || templates.scaffold().fileName(layer.folder()).contains("{n}")
                ? OptionalInt.of(SpecTreeStyle.nextUseCase(before.index().specs(), layer, folder,
                templates.scaffold().fileName(layer.folder()))) : OptionalInt.empty();
        String name = templates.scaffold().fileName(layer.folder())
                .replace("{concept}", concept.toLowerCase(Locale.ROOT))
                .replace("{n}", useCase.isPresent() ? String.valueOf(useCase.getAsInt()) : "");
        String text = TemplateFill.fill(template, new TemplateFill.Values(id, concept, title, useCase,
                request.today()), templates.scaffold());
        new SpecTreeWriter(specDirectory).createNew(layer.folder(), name, text.getBytes(StandardCharsets.UTF_8));
        Path file = folder.resolve(name);
        String display = lint.baseDirectory().toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        List<Finding> left = linter.lint(lint).findings().stream().filter(f -> f.path().equals(display)).toList();
        return new Result(file, display, id, template.source(), left);
    }

    private static Layer layer(SchemaCatalog catalog, String name) {
        String given = name == null ? "" : name.strip();
        return catalog.layers().byFolder(given.toLowerCase(Locale.ROOT))
                .or(() -> catalog.layers().byPrefix(given.toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new IllegalArgumentException("unknown layer \"" + printable(given)
                        + "\"; use one of " + catalog.layers().all()));
    }

    private static String concept(String concept) {
        String given = concept == null ? "" : concept.strip();
        if (given.length() > MAX_CONCEPT || !CONCEPT.matcher(given).matches()) {
            throw new IllegalArgumentException("concept \"" + printable(given) + "\" is not a smaqit concept: "
                    + "capital letters and digits in words joined by hyphens, such as AUTH or USER-LOGIN, at most "
                    + MAX_CONCEPT + " characters");
        }
        return given;
    }

    /** The title given, else the concept's words capitalised: USER-LOGIN gives "User Login". */
    private static String title(String title, String concept) {
        if (title == null || title.isBlank()) {
            StringBuilder words = new StringBuilder();
            for (String word : concept.split("-")) {
                words.append(words.length() == 0 ? "" : " ").append(word.charAt(0))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            return words.toString();
        }
        String given = title.strip();
        if (given.length() > MAX_TITLE || CONTROL.matcher(given).find()) {
            throw new IllegalArgumentException("title \"" + printable(given) + "\" is not one line of at most "
                    + MAX_TITLE + " characters");
        }
        return given;
    }

    private static String printable(String text) {
        String cut = text.length() > MAX_TITLE ? text.substring(0, MAX_TITLE) + "..." : text;
        return CONTROL.matcher(cut).replaceAll("\uFFFD");
    }
}
