import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.report.ReportFormat;
import io.github.speclint.report.ReportWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Times each report format on one engine result, in one JVM: the first write (cold, as in a Maven run) and the
 * median of the following ones, with the file's size.
 *
 * Usage: java -cp <plugin classpath> ReportBench <tree> <output dir> [runs]
 */
public final class ReportBench {

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        LintResult result = new Linter().lint(LintRequest.of(tree, tree));
        System.out.printf("%d specs, %d findings%n", result.specs().size(), result.findings().size());
        for (ReportFormat format : ReportFormat.values()) {
            if (format.fileName().isEmpty()) {
                continue;
            }
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                ReportWriter.write(Set.of(format), result, output);
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            long first = millis.get(0);
            List<Long> later = new ArrayList<>(millis.subList(1, millis.size()));
            Collections.sort(later);
            System.out.printf("%-10s first %6d ms, then median %6d ms; %,d bytes%n", format, first,
                    later.isEmpty() ? first : later.get(later.size() / 2),
                    Files.size(output.resolve(format.fileName().get())));
        }
    }
}
