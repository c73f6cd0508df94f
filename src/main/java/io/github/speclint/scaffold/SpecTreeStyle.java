package io.github.speclint.scaffold;

import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Footer;
import io.github.speclint.model.Layer;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.schema.Profile;
import io.github.speclint.schema.SchemaCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a spec tree already does that a new spec follows: its smaqit version and its use-case numbers. */
final class SpecTreeStyle {

    private SpecTreeStyle() {
    }

    /** The profile most of the tree's specs are checked as (by their footers); the default when none decides. */
    static Profile profile(List<SpecDocument> specs, SchemaCatalog catalog) {
        Profile fallback = catalog.profileForVersion(Optional.empty());
        Map<Profile, Integer> counts = new LinkedHashMap<>();
        specs.forEach(spec -> counts.merge(catalog.profileForVersion(spec.footer().map(Footer::version)), 1,
                Integer::sum));
        return mostCommon(counts).filter(profile -> counts.get(profile) > counts.getOrDefault(fallback, 0))
                .orElse(fallback);
    }

    /** The footer version most of the tree's specs under this profile carry, such as {@code v0.6.2-beta}. */
    static Optional<String> footerVersion(List<SpecDocument> specs, SchemaCatalog catalog, Profile profile) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        specs.stream().flatMap(spec -> spec.footer().stream())
                .filter(footer -> catalog.profileForVersion(Optional.of(footer.version())).equals(profile))
                .forEach(footer -> counts.merge(footer.version(), 1, Integer::sum));
        return mostCommon(counts);
    }

    /**
     * One above the highest use-case number the layer's specs and files use: numbers are never reused, so a gap
     * left by a deleted use case stays a gap.
     *
     * @param fileName the layer's file-name pattern, {@code uc{n}-{concept}.md}
     */
    static int nextUseCase(List<SpecDocument> specs, Layer layer, Path folder, String fileName) throws IOException {
        int highest = 0;
        for (SpecDocument spec : specs) {
            if (spec.isIn(layer)) {
                highest = Math.max(highest, SpecIndex.useCaseNumber(spec).map(Integer::parseInt).orElse(0));
            }
        }
        if (fileName.contains("{n}") && Files.isDirectory(folder)) {
            Pattern numbered = Pattern.compile(Pattern.quote(fileName).replace("{n}", "\\E(\\d{1,9})\\Q")
                    .replace("{concept}", "\\E.+\\Q"));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Matcher name = numbered.matcher(file.getFileName().toString());
                    if (name.matches()) {
                        highest = Math.max(highest, Integer.parseInt(name.group(1)));
                    }
                }
            }
        }
        return highest + 1;
    }

    private static <T> Optional<T> mostCommon(Map<T, Integer> counts) {
        return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }
}
