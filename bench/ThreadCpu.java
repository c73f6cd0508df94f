import java.nio.file.Path;

/** CPU time of this JVM's threads by kind, for the benchmark programs. */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /**
     * CPU seconds per kind of thread of this JVM, read from /proc (Linux only): the work itself, the JIT compilers and
     * the garbage collector. Unlike wall time, these hardly change when other processes load the machine.
     */
    static void print() {
        Path tasks = Path.of("/proc/self/task");
        if (!java.nio.file.Files.isDirectory(tasks)) {
            return;
        }
        java.util.Map<String, Double> seconds = new java.util.TreeMap<>();
        try (var threads = java.nio.file.Files.list(tasks)) {
            for (Path task : threads.toList()) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                seconds.merge(kind(name), cpu, Double::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        StringBuilder line = new StringBuilder("CPU by thread kind:");
        seconds.forEach((kind, cpu) -> line.append(String.format(" %s %.2f s,", kind, cpu)));
        System.out.println(line.substring(0, line.length() - 1) + String.format("; allocated %,d MB", allocatedMb()));
    }

    /** Heap bytes the live threads allocated so far: less noisy than sampled allocation, for comparing two builds. */
    private static long allocatedMb() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total / 1_000_000;
    }

    private static String kind(String thread) {
        if (thread.startsWith("C1 Comp") || thread.startsWith("C2 Comp")) {
            return "jit";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
            return "gc";
        }
        if (thread.startsWith("ForkJoinPool") || thread.equals("java") || thread.equals("main")) {
            return "work";
        }
        return "other";
    }

}
