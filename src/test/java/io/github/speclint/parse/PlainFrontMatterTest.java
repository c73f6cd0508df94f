package io.github.speclint.parse;

import io.github.speclint.model.FrontMatter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading plain {@code key: value} front matter without snakeyaml gives exactly what snakeyaml gives. */
class PlainFrontMatterTest {

    @Test
    void everyFrontMatterOfTheProjectReadsTheSameAsWithSnakeyaml() throws IOException {
        int plain = 0;
        for (String yaml : frontMatters()) {
            assertEquals(FrontMatterReader.readYaml(yaml, 2), FrontMatterReader.read(yaml, 2), yaml);
            plain += PlainFrontMatter.read(yaml, 2) != null ? 1 : 0;
        }
        assertTrue(plain > 50, "the shortcut applies to the usual front matter; it did to " + plain);
    }

    @Test
    void randomLinesReadTheSameAsWithSnakeyaml() {
        List<String> keys = List.of("id", "status", "created", "a-b", "_x", "on", "9x", "k y", "null", "<<");
        List<String> separators = List.of(": ", ":  ", ":", " : ", ":\t");
        String alphabet = "aZ09 .-?:,[]{}#&*!|>'\"%@`~\t\u2028\u00e9\u3000\u0085/~";
        List<String> words = List.of("draft", "2026-01-22", "2026-01-30T23:25:24Z", "yes", "~", "null", "1.5", "0x1F",
                "<<", "=", "BUS-X", "[A]", "a: b", "a #c", "");
        Random random = new Random(9);
        int plain = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder yaml = new StringBuilder();
            int lines = 1 + random.nextInt(4);
            // half the cases stay close to real front matter, so that the shortcut is compared often
            boolean tame = random.nextBoolean();
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(20) == 0) {
                    yaml.append(random.nextBoolean() ? "\n" : "  ");
                }
                yaml.append(keys.get(random.nextInt(tame ? 6 : keys.size())))
                        .append(separators.get(tame ? 0 : random.nextInt(separators.size())));
                if (tame || random.nextBoolean()) {
                    yaml.append(words.get(random.nextInt(words.size())));
                } else {
                    for (int c = random.nextInt(12); c > 0; c--) {
                        yaml.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
                yaml.append('\n');
            }
            String text = yaml.toString();
            assertEquals(FrontMatterReader.readYaml(text, 2), FrontMatterReader.read(text, 2), text);
            plain += PlainFrontMatter.read(text, 2) != null ? 1 : 0;
        }
        assertTrue(plain > 1_000, "the shortcut was taken " + plain + " times");
    }

    @Test
    void onlyPlainKeyValueLinesTakeTheShortcut() {
        assertNotNull(PlainFrontMatter.read("id: BUS-X\nstatus: draft\ncreated: 2026-01-22\n", 2));
        assertNull(PlainFrontMatter.read("id: BUS-X\ncreated: [TIMESTAMP]\n", 2));
        assertNull(PlainFrontMatter.read("id: BUS-X # comment\n", 2));
        assertNull(PlainFrontMatter.read("id: BUS-X\nid: BUS-Y\n", 2));
        assertNull(PlainFrontMatter.read("title: \"quoted\"\n", 2));
    }

    private static List<String> frontMatters() throws IOException {
        List<String> yamls = new ArrayList<>();
        for (String root : List.of("src/test/resources", "src/it", "examples", "../shared")) {
            if (!Files.isDirectory(Path.of(root))) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).toList()) {
                    String text = TextDecoder.normalizeLineEndings(new String(Files.readAllBytes(file),
                            StandardCharsets.UTF_8));
                    FrontMatterSplit split = FrontMatterSplit.of(text);
                    if (split.fence() == FrontMatter.Fence.CLOSED) {
                        yamls.add(split.yaml());
                    }
                }
            }
        }
        return yamls;
    }
}
