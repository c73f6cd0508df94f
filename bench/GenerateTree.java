import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a spec tree of N specs for benchmarks: copies of the clean five-layer tree (src/it/clean-tree/docs), one
 * group per copy, with every spec id, criterion id, file name and link renamed per group so that the copies stay a
 * consistent, link-correct tree.
 *
 * Usage: java bench/GenerateTree.java <source tree> <target dir> <number of specs>
 */
public final class GenerateTree {

    private static final Pattern ID = Pattern.compile("(?m)^id: (\\S+)$");
    private static final Pattern USE_CASE = Pattern.compile("(?m)^# UC(\\d+)-([A-Z0-9-]+):");
    private static final List<String> LAYER_ORDER = List.of("business", "functional", "stack", "infrastructure",
            "coverage");

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args.length > 0 ? args[0] : "src/it/clean-tree/docs");
        Path target = Path.of(args.length > 1 ? args[1] : "target/bench-tree");
        int count = Integer.parseInt(args.length > 2 ? args[2] : "10000");

        List<Path> specs;
        try (Stream<Path> files = Files.walk(source)) {
            // upstream layers first, so that a last, partial copy holds no link to a spec it lacks
            specs = files.filter(p -> p.toString().endsWith(".md"))
                    .sorted(Comparator.comparing((Path p) -> LAYER_ORDER.indexOf(p.getParent().getFileName().toString()))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
        }
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Path spec : specs) {
            String text = Files.readString(spec, StandardCharsets.UTF_8);
            Matcher id = ID.matcher(text);
            if (id.find()) {
                ids.add(id.group(1));
            }
            names.add(spec.getFileName().toString());
            texts.add(text);
        }
        ids.sort(Comparator.comparing(String::length).reversed());

        deleteTree(target);
        int written = 0;
        for (int group = 0; written < count; group++) {
            for (int i = 0; i < specs.size() && written < count; i++) {
                String text = texts.get(i);
                for (String id : ids) {
                    text = text.replaceAll(Pattern.quote(id) + "(?![A-Z0-9])", id + "G" + group);
                }
                for (String name : names) {
                    text = text.replace(name, "g" + group + "-" + name);
                }
                text = renumberUseCase(text, group);
                Path relative = source.relativize(specs.get(i));
                Path file = target.resolve(relative.getParent().toString())
                        .resolve("g" + group + "-" + relative.getFileName());
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                written++;
            }
        }
        System.out.println("wrote " + written + " specs to " + target);
    }

    /** {@code # UC2-RETURN: ...} in copy 12 becomes {@code # UC1202-RETURNG12: ...}: numbers and concepts stay unique. */
    private static String renumberUseCase(String text, int group) {
        Matcher title = USE_CASE.matcher(text);
        if (!title.find()) {
            return text;
        }
        int number = group * 100 + Integer.parseInt(title.group(1));
        return title.replaceFirst("# UC" + number + "-" + title.group(2) + "G" + group + ":");
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
