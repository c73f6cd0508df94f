package io.github.speclint.fuzz;

import io.github.speclint.attack.AttackShapes;
import io.github.speclint.attack.AttackShapes.Shape;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seed corpus of {@link SpecFuzzTest}, written at test time into the folder Jazzer reads seeds from
 * ({@code <class>Inputs/<method>} beside the compiled test class): the real specs of {@code ../shared/corpus} when
 * that folder is there (never copied into this repository), and the attacker's shapes of {@link AttackShapes},
 * generated and scaled down so that each seed stays small enough to mutate quickly.
 */
final class FuzzSeeds {

    /** Beside the checkout; found from the compiled tests, as the long run works in a folder of its own. */
    static final Path CORPUS = projectFolder().resolve("../shared/corpus").normalize();
    /** The attack shapes at one 500th of their size: 10 KB instead of 5 MB, the same shapes. */
    private static final int SHAPE_DIVISOR = 500;
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n(.*?)\\r?\\n---\\r?\\n", Pattern.DOTALL);
    /** Enough to show each kind of table the corpus holds, few enough to keep the build's short run short. */
    private static final int TABLES_PER_SPEC = 2;
    private static final Pattern TABLE = Pattern.compile("(?m)(?:^\\|.*\\R){2,}");

    /** Text that once broke a log or a report: the reproducers of issue 9, as the report target's UTF-16 input. */
    private static final Map<String, String> HOSTILE_TEXT = Map.of(
            "newline-command", "docs/a\n::error file=pom.xml,line=1,col=1,title=x::owned.md",
            "controls", "BUS-\u0000\u0007\u001B[2J\u007F\u0085\u009B",
            "surrogates", "BUS-\uD800x\uDC00 \uD83D\uDE00 \uDBFF",
            "markup", "<!-- | ` `` * _ [x](y) <b> & @team $x$ ~~ \\|",
            "bidi", "BUS-\u202Eevil\u2066\u2028\u2029");

    private FuzzSeeds() {
    }

    /** Writes every target's seeds; returns how many of the real corpus specs were found (0 without ../shared). */
    static int write() throws IOException {
        List<Path> specs = realSpecs();
        Map<String, byte[]> wholeSpec = new LinkedHashMap<>();
        Map<String, byte[]> frontMatter = new LinkedHashMap<>();
        Map<String, byte[]> tables = new LinkedHashMap<>();
        for (Path spec : specs) {
            String name = "corpus-" + spec.getParent().getFileName() + "-" + spec.getFileName();
            String text = Files.readString(spec, StandardCharsets.UTF_8);
            wholeSpec.put(name, text.getBytes(StandardCharsets.UTF_8));
            Matcher yaml = FRONT_MATTER.matcher(text);
            if (yaml.find()) {
                frontMatter.put(name, yaml.group(1).getBytes(StandardCharsets.UTF_8));
            }
            Matcher table = TABLE.matcher(text);
            for (int i = 0; i < TABLES_PER_SPEC && table.find(); i++) {
                tables.put(name + "-" + i, table.group().getBytes(StandardCharsets.UTF_8));
            }
        }
        for (Shape shape : AttackShapes.all(SHAPE_DIVISOR)) {
            String name = "shape-" + shape.name().replaceAll("[^A-Za-z0-9]+", "-");
            wholeSpec.put(name, shape.content().getBytes(StandardCharsets.UTF_8));
        }
        tables.put("shape-wide-table", AttackShapes.wideResourcesTable(1_000).content()
                .replaceFirst("(?s)\\A.*?### Resources\\n\\n", "").getBytes(StandardCharsets.UTF_8));
        frontMatter.put("shape-aliases", "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"
                .getBytes(StandardCharsets.UTF_8));
        frontMatter.put("shape-escapes", "id: \"BUS-\\x07\\uD800\\u202E<!--|\"\nstatus: '\u0085'\n"
                .getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> reportWriters = new LinkedHashMap<>();
        HOSTILE_TEXT.forEach((name, text) -> reportWriters.put("hostile-" + name,
                text.getBytes(StandardCharsets.UTF_16BE)));
        writeAll("wholeSpec", wholeSpec);
        writeAll("reportWriters", reportWriters);
        writeAll("frontMatter", frontMatter);
        writeAll("tables", tables);
        return specs.size();
    }

    private static List<Path> realSpecs() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static void writeAll(String method, Map<String, byte[]> seeds) throws IOException {
        Path folder = inputs().resolve(method);
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Files.write(folder.resolve(seed.getKey()), seed.getValue());
        }
    }

    /** {@code target/test-classes/../..}. */
    private static Path projectFolder() {
        try {
            return Path.of(FuzzSeeds.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code target/test-classes/io/github/speclint/fuzz/SpecFuzzTestInputs}, where Jazzer looks for seeds. */
    private static Path inputs() {
        try {
            return Path.of(SpecFuzzTest.class.getResource("").toURI()).resolve(SpecFuzzTest.class.getSimpleName()
                    + "Inputs");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
