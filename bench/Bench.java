import io.github.speclint.LintRequest;
import io.github.speclint.LintResult;
import io.github.speclint.Linter;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ConsoleFormat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the engine on a tree in one JVM: a few warm-up runs, then measured runs; prints each run and the median,
 * files per second, the peak heap of the measured runs, and a digest of the findings (equal digests: identical
 * findings, so an optimisation can be checked on a generated tree without storing it).
 *
 * Usage: java -cp <plugin classpath> bench/Bench.java <tree> [warmups] [runs]
 */
public final class Bench {

    public static void main(String[] args) throws Exception {
        Path tree = Path.of(args[0]);
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Linter linter = new Linter();
        for (int i = 0; i < warmups; i++) {
            linter.lint(LintRequest.of(tree, tree));
        }
        List<Long> millis = new ArrayList<>();
        List<Long> graphMillis = new ArrayList<>();
        long peakHeap = 0;
        LintResult last = null;
        for (int i = 0; i < runs; i++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            last = linter.lint(LintRequest.of(tree, tree));
            long took = (System.nanoTime() - start) / 1_000_000;
            millis.add(took);
            graphMillis.add(last.statistics().graphMillis());
            peakHeap = Math.max(peakHeap, peakHeapBytes());
            System.out.printf("run %d: %d ms (engine says %d ms, of which cross-document %d ms = %.1f%%), %d specs, "
                    + "%d links, %d findings%n", i + 1, took, last.statistics().engineMillis(),
                    last.statistics().graphMillis(), 100.0 * last.statistics().graphMillis()
                            / Math.max(1, last.statistics().engineMillis()), last.statistics().specs(),
                    last.statistics().graph().links(), last.findings().size());
        }
        System.gc();
        long retained = usedHeapBytes();
        Collections.sort(millis);
        Collections.sort(graphMillis);
        long median = millis.get(millis.size() / 2);
        System.out.printf("engine median %d ms (min %d, max %d) over %d runs; %.0f files/s; peak heap %d MiB; "
                        + "heap still used after GC with the result held %d MiB; files read %d, Markdown parsed %d%n", median, millis.get(0), millis.get(millis.size() - 1),
                runs, last.statistics().filesRead() * 1000.0 / median, peakHeap / (1024 * 1024),
                retained / (1024 * 1024), last.statistics().filesRead(), last.statistics().markdownParsed());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Finding finding : last.findings()) {
            digest.update((ConsoleFormat.line(finding) + " {" + finding.subject() + "}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        System.out.printf("findings digest (SHA-256 of every finding line with its subject): %s%n",
                HexFormat.of().formatHex(digest.digest()));
        long graphMedian = graphMillis.get(graphMillis.size() / 2);
        System.out.printf("cross-document phase (index + graph rules) median %d ms = %.1f%% of the engine median%n",
                graphMedian, 100.0 * graphMedian / median);
        ThreadCpu.print();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long usedHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
