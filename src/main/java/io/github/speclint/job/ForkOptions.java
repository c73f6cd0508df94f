package io.github.speclint.job;

import io.github.speclint.discover.SpecRoot;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * When a check forks a JVM and with which options, by the size of the tree. Measured on a 2-core machine with 10,000
 * real specs: in a fresh JVM with the default tiered JIT the engine took 7.1-7.5 s, with the optimising compiler
 * left out ({@code -XX:TieredStopAtLevel=1}) 4.8-5.2 s. Left out, though, the steady pace is about half as fast
 * (4.3 s against 2.4 s for each further 10,000 specs), so from some 35,000 specs on the default JIT wins again.
 * The parallel collector with a fixed young generation took a further 10-15% off (its threads share the collection
 * the serial one does alone); its heap is capped by the tree's size, or it grows to gigabytes it never needs.
 * The heap is at least 512 MB, and no more than the build's own where that is larger.
 */
public final class ForkOptions {

    /** Below this many Markdown files a fork saves less than the JVM it starts costs. */
    public static final int FORK_FROM = 1_000;
    /** From this many the optimising compiler pays back what it costs, and the fork keeps the JVM's defaults. */
    public static final int FULL_JIT_FROM = 30_000;
    private static final long MIB = 1024 * 1024;
    /** The heap a check holds beyond its specs' text: schemas, indexes, report buffers. */
    private static final long BASE_HEAP = 256 * MIB;
    /** The least heap a fork gets: young generation, and room for the largest spec speclint reads. */
    private static final long MIN_HEAP = 512 * MIB;
    /** Heap per byte of Markdown: the 10,000 tree (76 MB) keeps about 100 MB of it live once checked. */
    private static final int HEAP_PER_BYTE = 4;
    /** Entries of any kind the size walk visits per Markdown file it may count. */
    private static final int VISITS_PER_FILE = 4;

    private ForkOptions() {
    }

    /** How much the spec directories hold: Markdown files, counted up to a bound, and their bytes. */
    public record TreeSize(int files, long bytes) {
    }

    /**
     * The JVM options for a tree of this size.
     *
     * @param buildMaxHeap the build JVM's own heap limit, which the fork's exceeds only to reach 512 MB
     */
    public static List<String> jvmOptions(TreeSize tree, long buildMaxHeap) {
        if (tree.files() >= FULL_JIT_FROM) {
            return List.of();
        }
        long wanted = Math.max(MIN_HEAP, BASE_HEAP + HEAP_PER_BYTE * tree.bytes());
        long heap = Math.min(wanted, Math.max(buildMaxHeap, MIN_HEAP));
        // the whole heap from the start: a growing one made room for the reports' garbage with a full collection
        return List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmn200m", "-Xms" + heap / MIB + "m",
                "-Xmx" + heap / MIB + "m");
    }

    /**
     * The Markdown files under the roots, counted up to {@code upTo}, and their bytes: enough to choose by, without
     * walking a large tree to its end. Symlinks are followed as discovery follows them; what cannot be read is passed
     * over.
     */
    public static TreeSize measure(List<SpecRoot> roots, int upTo) {
        int[] files = {0};
        long[] bytes = {0};
        // a symlink in the tree may lead anywhere: the walk stops after this many entries, whatever they are
        long[] budget = {VISITS_PER_FILE * (long) upTo};
        for (SpecRoot root : roots) {
            try {
                Files.walkFileTree(root.directory(), EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                                return --budget[0] > 0 ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
                            }

                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                                if (--budget[0] <= 0) {
                                    return FileVisitResult.TERMINATE;
                                }
                                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                                    files[0]++;
                                    bytes[0] += attributes.size();
                                }
                                return files[0] >= upTo ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                // an unreadable root counts as empty here; discovery reports it
            }
            if (files[0] >= upTo || budget[0] <= 0) {
                break;
            }
        }
        return new TreeSize(Math.min(files[0], upTo), bytes[0]);
    }
}
