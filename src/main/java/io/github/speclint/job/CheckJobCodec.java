package io.github.speclint.job;

import io.github.speclint.LintRequest;
import io.github.speclint.discover.SpecRoot;
import io.github.speclint.report.ReportFormat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A {@link CheckJob} as bytes, from the build to the JVM it forks. Every string goes with its length, so a path or a
 * pattern may hold any character (a line break in a folder name included).
 */
public final class CheckJobCodec {

    private static final int VERSION = 2;
    /** More than any path or pattern a file system or POM holds; a larger length is a broken stream. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_ITEMS = 1 << 16;

    private CheckJobCodec() {
    }

    public static void write(CheckJob job, OutputStream to) throws IOException {
        DataOutputStream out = new DataOutputStream(to);
        out.writeInt(VERSION);
        LintRequest request = job.request();
        out.writeInt(request.roots().size());
        for (SpecRoot root : request.roots()) {
            string(out, root.module());
            path(out, root.directory());
        }
        path(out, request.baseDirectory());
        strings(out, request.includes());
        strings(out, request.excludes());
        string(out, request.profile());
        out.writeLong(request.maxFileBytes());
        strings(out, request.pruned().stream().map(Path::toString).toList());
        strings(out, request.testReports().stream().map(Path::toString).toList());
        path(out, request.designs());
        path(out, job.templates());
        path(out, job.projectRoot());
        string(out, job.severities());
        string(out, job.today().toString());
        path(out, job.baseline());
        path(out, job.cacheIn());
        out.writeBoolean(job.quiet());
        strings(out, job.formats().stream().map(ReportFormat::name).sorted().toList());
        path(out, job.output());
        string(out, job.outputRefused());
        string(out, job.scopeName());
        path(out, job.githubSummary());
        string(out, job.formatLocale());
        out.flush();
    }

    /** @throws IOException when the stream ends early or is not a job of this version */
    public static CheckJob read(InputStream from) throws IOException {
        DataInputStream in = new DataInputStream(from);
        int version = in.readInt();
        if (version != VERSION) {
            throw new IOException("a check job of version " + version + " where " + VERSION + " was expected");
        }
        int rootCount = count(in);
        List<SpecRoot> roots = new ArrayList<>();
        for (int i = 0; i < rootCount; i++) {
            roots.add(new SpecRoot(string(in), path(in)));
        }
        Path base = path(in);
        List<String> includes = strings(in);
        List<String> excludes = strings(in);
        String profile = string(in);
        long maxFileBytes = in.readLong();
        Set<Path> pruned = new HashSet<>(map(strings(in), Path::of));
        List<Path> testReports = map(strings(in), Path::of);
        Path designs = path(in);
        LintRequest request = new LintRequest(roots, base, includes, excludes, profile, maxFileBytes, pruned,
                testReports, designs);
        Path templates = path(in);
        Path projectRoot = path(in);
        String severities = string(in);
        LocalDate today = LocalDate.parse(string(in));
        Path baseline = path(in);
        Path cacheIn = path(in);
        boolean quiet = in.readBoolean();
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String name : strings(in)) {
            formats.add(ReportFormat.valueOf(name));
        }
        return new CheckJob(request, templates, projectRoot, severities, today, baseline, cacheIn, quiet, formats,
                path(in), string(in), string(in), path(in), string(in));
    }

    private static void path(DataOutputStream out, Path path) throws IOException {
        string(out, path == null ? null : path.toString());
    }

    private static Path path(DataInputStream in) throws IOException {
        String text = string(in);
        return text == null ? null : Path.of(text);
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            string(out, value);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int size = count(in);
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(string(in));
        }
        return values;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("a string of " + length + " bytes in a check job");
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("a check job that ends inside a string");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > MAX_ITEMS) {
            throw new IOException("a list of " + size + " items in a check job");
        }
        return size;
    }

    private static <T> List<T> map(List<String> values, Function<String, T> to) {
        return values.stream().map(to).toList();
    }
}
