import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a spec tree of N specs for benchmarks, read at run time from a real spec tree (never committed): one group
 * per copy of the real tree's specs, plus, for the layers the real tree lacks, the specs of those layers from a second
 * tree (the clean five-layer IT tree). In every copy each spec id (and so each criterion id), each use-case number and
 * each file name is renamed, and links to the renamed files follow, so that the copies stay as consistent as the
 * source: a copy keeps the source's real findings and adds none of its own. Layer folder README files are not specs
 * and are not copied.
 *
 * Usage: java bench/GenerateTree.java <real tree> <tree for missing layers> <target dir> <number of specs>
 */
public final class GenerateTree {

    private static final Pattern ID = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$");
    private static final Pattern USE_CASE = Pattern.compile("(?m)^# UC(\\d+)-([A-Z0-9-]+):");
    private static final List<String> LAYER_ORDER = List.of("business", "functional", "stack", "infrastructure",
            "coverage");

    private record Source(String layer, String name, String text) {
    }

    public static void main(String[] args) throws IOException {
        Path real = Path.of(args[0]);
        Path fill = Path.of(args[1]);
        Path target = Path.of(args[2]);
        int count = Integer.parseInt(args[3]);

        List<Source> sources = new ArrayList<>(specs(real, Set.of()));
        Set<String> realLayers = sources.stream().map(Source::layer).collect(Collectors.toSet());
        sources.addAll(specs(fill, realLayers));
        // upstream layers first, so that a last, partial copy holds no link to a spec it lacks
        sources.sort(Comparator.comparing((Source s) -> LAYER_ORDER.indexOf(s.layer())).thenComparing(Source::name));

        Set<String> ids = new HashSet<>();
        for (Source source : sources) {
            Matcher id = ID.matcher(source.text());
            if (id.find()) {
                ids.add(id.group(1));
            }
        }
        Pattern idPattern = alternation(ids, "(?<![A-Za-z0-9])(", ")(?![A-Za-z0-9])");
        Pattern namePattern = alternation(sources.stream().map(Source::name).collect(Collectors.toSet()),
                "(?<![A-Za-z0-9_.-])(", ")");

        deleteTree(target);
        long bytes = 0;
        int written = 0;
        for (int group = 0; written < count; group++) {
            for (int i = 0; i < sources.size() && written < count; i++) {
                Source source = sources.get(i);
                String suffix = "G" + group;
                String prefix = "g" + group + "-";
                String text = idPattern.matcher(source.text()).replaceAll(m -> m.group(1) + suffix);
                text = namePattern.matcher(text).replaceAll(m -> prefix + m.group(1));
                text = renumberUseCase(text, group);
                Path file = target.resolve(source.layer()).resolve(prefix + source.name());
                Files.createDirectories(file.getParent());
                byte[] content = text.getBytes(StandardCharsets.UTF_8);
                Files.write(file, content);
                bytes += content.length;
                written++;
            }
        }
        System.out.printf("wrote %d specs (%.1f MB, %.1f KB a spec; %d sources a copy: %s) to %s%n", written,
                bytes / 1e6, bytes / 1e3 / written, sources.size(), sources.stream().collect(Collectors.groupingBy(
                        Source::layer, Collectors.counting())), target);
    }

    /** The specs in the layer folders of a tree, except those of the excluded layers. */
    private static List<Source> specs(Path tree, Set<String> excludedLayers) throws IOException {
        List<Source> specs = new ArrayList<>();
        for (String layer : LAYER_ORDER) {
            Path folder = tree.resolve(layer);
            if (excludedLayers.contains(layer) || !Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".md") && !name.equalsIgnoreCase("README.md")) {
                        specs.add(new Source(layer, name, Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return specs;
    }

    /** One pattern for all words, longest first, so that an id never matches as the prefix of a longer one. */
    private static Pattern alternation(Set<String> words, String before, String after) {
        return Pattern.compile(words.stream().sorted(Comparator.comparing(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote)
                .collect(Collectors.joining("|", before, after)));
    }

    /** {@code # UC2-RETURN: ...} in copy 12 becomes {@code # UC1202-RETURNG12: ...}: numbers and concepts stay unique. */
    private static String renumberUseCase(String text, int group) {
        Matcher title = USE_CASE.matcher(text);
        if (!title.find()) {
            return text;
        }
        int number = group * 100 + Integer.parseInt(title.group(1));
        return title.replaceFirst("# UC" + number + "-" + Matcher.quoteReplacement(title.group(2)) + "G" + group
                + ":");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
