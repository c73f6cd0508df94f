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
 */
public final class ForkOptions {

    /** Below this many Markdown files a fork saves less than the JVM it starts costs. */
    public static final int FORK_FROM = 1_000;
    /** From this many the optimising compiler pays back what it costs, and the fork keeps the default JIT. */
    public static final int FULL_JIT_FROM = 30_000;

    private ForkOptions() {
    }

    /** The JVM options for a tree of this many Markdown files. */
    public static List<String> jvmOptions(int files) {
        return files < FULL_JIT_FROM ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                : List.of();
    }

    /**
     * The Markdown files under the roots, counted up to {@code upTo}: enough to choose by, without walking a large
     * tree to its end. Symlinks are followed as discovery follows them; what cannot be read is passed over.
     */
    public static int markdownFiles(List<SpecRoot> roots, int upTo) {
        int[] count = {0};
        for (SpecRoot root : roots) {
            try {
                Files.walkFileTree(root.directory(), EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
                                    count[0]++;
                                }
                                return count[0] >= upTo ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                // an unreadable root counts as empty here; discovery reports it
            }
            if (count[0] >= upTo) {
                break;
            }
        }
        return Math.min(count[0], upTo);
    }
}
