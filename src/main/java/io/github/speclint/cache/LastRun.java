package io.github.speclint.cache;

import io.github.speclint.adopt.Baseline;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Severity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.github.speclint.cache.CodecParts.constant;
import static io.github.speclint.cache.CodecParts.list;

/**
 * What a whole run showed on the console, kept for a run that finds nothing changed: every file's bytes, the
 * discovery, the settings and the day the same ({@code inputs}), and every link to a file that is no spec leading
 * where it led ({@code world}, one {@code <kind> <path>} line each). Without specs or index: a run that writes
 * reports works them out again.
 *
 * @param inputs  the digest of everything the run read besides the world
 * @param world   where the links to files that are no spec led
 * @param counted the findings that counted
 * @param known   the findings the baseline listed
 * @param absent  the baseline entries no finding matched
 * @param figures the run's statistics, in an order the engine keeps
 * @param stamps  by display path, the {@link FileStamp} each file had when it was read, with its bytes' hash: the
 *                next run takes the hash of a file whose stamp is the same instead of reading it
 */
public record LastRun(byte[] inputs, List<String> world, List<Finding> counted, List<Finding> known,
                      List<Baseline.Entry> absent, boolean baselineUsed, long[] figures, Map<String, Stamped> stamps) {

    private static final int HASH = 32;

    /** A file's stamp, and the hash of the bytes it held then. */
    public record Stamped(FileStamp stamp, byte[] hash) {

        public Stamped {
            hash = hash.clone();
        }

        @Override
        public byte[] hash() {
            return hash.clone();
        }
    }

    public LastRun {
        inputs = inputs.clone();
        world = List.copyOf(world);
        counted = List.copyOf(counted);
        known = List.copyOf(known);
        absent = List.copyOf(absent);
        figures = figures.clone();
        stamps = Map.copyOf(stamps);
    }

    /** The hash of the bytes this file held when the last run read it, if its stamp has not changed since. */
    public Optional<byte[]> hash(String path, FileStamp now) {
        Stamped then = stamps.get(path);
        return then != null && then.stamp().equals(now) ? Optional.of(then.hash()) : Optional.empty();
    }

    @Override
    public byte[] inputs() {
        return inputs.clone();
    }

    @Override
    public long[] figures() {
        return figures.clone();
    }

    /** Whether this run read the same as the one that kept it. */
    public boolean sameInputs(byte[] digest) {
        return Arrays.equals(inputs, digest);
    }

    /** @throws IllegalArgumentException when a finding holds something the cache does not */
    byte[] encode() {
        ByteSink out = new ByteSink();
        out.writeBytes(inputs);
        list(out, world, ByteSink::writeString);
        SpecCodec.findings(out, counted);
        SpecCodec.findings(out, known);
        list(out, absent, LastRun::entry);
        out.writeBoolean(baselineUsed);
        out.writeCount(figures.length);
        for (long figure : figures) {
            out.writeLong(figure);
        }
        out.writeCount(stamps.size());
        // in path order, so that the same run writes the same bytes
        new TreeMap<>(stamps).forEach((path, stamped) -> {
            out.writeString(path);
            stamped.stamp().write(out);
            out.writeBytes(stamped.hash);
        });
        return out.toByteArray();
    }

    /** @throws CacheFormatException when the bytes are not a run this version kept */
    static LastRun decode(byte[] bytes, Layers layers) {
        ByteSource in = new ByteSource(bytes, 0, bytes.length);
        SpecCodec codec = new SpecCodec(layers);
        byte[] inputs = in.readBytes();
        List<String> world = list(in, ByteSource::readString);
        List<Finding> counted = codec.findings(in);
        List<Finding> known = codec.findings(in);
        List<Baseline.Entry> absent = list(in, LastRun::entry);
        boolean baselineUsed = in.readBoolean();
        long[] figures = new long[in.readSize()];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = in.readLong();
        }
        Map<String, Stamped> stamps = new HashMap<>();
        for (int count = in.readSize(); count > 0; count--) {
            String path = in.readString();
            FileStamp stamp = FileStamp.read(in);
            byte[] hash = in.readBytes();
            if (path == null || hash.length != HASH) {
                throw new CacheFormatException("stamp without a path or with a hash of " + hash.length + " bytes");
            }
            stamps.put(path, new Stamped(stamp, hash));
        }
        if (!in.atEnd()) {
            throw new CacheFormatException("bytes left after the run");
        }
        return new LastRun(inputs, world, counted, known, absent, baselineUsed, figures, stamps);
    }

    private static void entry(ByteSink out, Baseline.Entry entry) {
        out.writeString(entry.fingerprint());
        out.writeString(entry.ruleId());
        out.writeCount(entry.severity().ordinal());
        out.writeString(entry.path());
        out.writeString(entry.subject());
        out.writeString(entry.message());
    }

    private static Baseline.Entry entry(ByteSource in) {
        try {
            return new Baseline.Entry(in.readString(), in.readString(), constant(in, Severity.values()),
                    in.readString(), in.readString(), in.readString());
        } catch (NullPointerException missing) {
            throw new CacheFormatException("baseline entry without " + missing.getMessage());
        }
    }
}
