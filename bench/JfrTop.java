import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Summarises a JFR recording: where CPU samples fall (the top frame, and every method on the stack) and where
 * allocation goes (sampled bytes by allocating method and by class), optionally only for stacks through a package.
 *
 * Usage: java bench/JfrTop.java <recording.jfr> [rows] [stack filter, e.g. io.github.speclint]
 */
public final class JfrTop {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        String filter = args.length > 2 ? args[2] : "";
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> allocBySite = new HashMap<>();
        Map<String, Long> allocByClass = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || !passes(stack, filter)) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                self.merge(name(frames.get(0)), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    if (isProjectOrLibrary(frame) && seen.add(name(frame))) {
                        total.merge(name(frame), 1L, Long::sum);
                    }
                }
            } else if (type.equals("jdk.ObjectAllocationSample")) {
                long weight = event.getLong("weight");
                allocated += weight;
                allocBySite.merge(firstOwnFrame(frames), weight, Long::sum);
                allocByClass.merge(event.getClass("objectClass").getName(), weight, Long::sum);
            }
        }
        System.out.printf("%d CPU samples%s%n", samples, filter.isEmpty() ? "" : " with " + filter + " on the stack");
        print("CPU, top frame (self)", self, samples, rows, "");
        print("CPU, anywhere on the stack (total; JDK frames left out)", total, samples, rows, "");
        System.out.printf("%n%.1f MB allocation sampled (weights)%n", allocated / 1e6);
        print("allocation by first frame outside java.*/jdk.*", allocBySite, allocated, rows, " B");
        print("allocation by class", allocByClass, allocated, rows, " B");
    }

    private static boolean passes(RecordedStackTrace stack, String filter) {
        if (filter.isEmpty()) {
            return true;
        }
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod().getType().getName().startsWith(filter)) {
                return true;
            }
        }
        return false;
    }

    /** The JDK's own frames (streams, fork-join, reflection) sit on every stack and say nothing. */
    private static boolean isProjectOrLibrary(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return !type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")
                && !type.startsWith("com.sun.");
    }

    private static String firstOwnFrame(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (isProjectOrLibrary(frame)) {
                return name(frame);
            }
        }
        return frames.isEmpty() ? "?" : name(frames.get(0));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long all, int rows, String unit) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(rows)
                .forEach(e -> System.out.printf("  %5.1f%%  %,14d%s  %s%n", 100.0 * e.getValue() / Math.max(1, all),
                        e.getValue(), unit, e.getKey()));
    }
}
