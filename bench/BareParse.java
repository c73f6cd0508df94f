import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baseline the engine is measured against: walk a tree, read every Markdown file and parse it with commonmark
 * (GFM tables, block source spans) in a parallel stream, nothing else. Prints the time from the walk to the last
 * parse, as the engine's own time runs from discovery to sorted findings.
 *
 * Usage: java -cp <commonmark jars>:<classes> BareParse <tree> [rounds=1]; with more rounds, the same parse again in
 * the same JVM, for the time once the JIT has compiled it (compare {@code Bench <tree> 3 5}).
 */
public final class BareParse {

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            Parser parser = Parser.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                    .build();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
                files = walk.filter(path -> path.toString().endsWith(".md") && Files.isRegularFile(path)).toList();
            }
            long nodes = files.parallelStream().mapToLong(file -> count(parser.parse(read(file)))).sum();
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%sbare parse: %d files, %d nodes in %d ms%n", rounds > 1 ? "round " + round + ": " : "",
                    files.size(), nodes, millis);
        }
        ThreadCpu.print();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Walks the whole tree so that nothing of the parse can be skipped as unused. */
    private static long count(Node node) {
        long count = 1;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            count += count(child);
        }
        return count;
    }
}
