package io.github.speclint.cache;

import io.github.speclint.adopt.Baseline;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Layer;
import io.github.speclint.model.Layers;
import io.github.speclint.model.Severity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.github.speclint.cache.CodecParts.constant;
import static io.github.speclint.cache.CodecParts.list;
import static io.github.speclint.cache.CodecParts.optional;

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
 * @param stamps  in the order of the run's files (by display path), the {@link FileStamp} each had when it was read,
 *                with its bytes' hash (none for a file without a stamp): the next run takes the hash of a file whose
 *                stamp is the same instead of reading it. By position, not path, which the next run need not decode:
 *                a file that came or went shifts the others onto stamps of other inodes, and changes {@code inputs}
 * @param layers  the layers of the run's schemas, and {@code designs} the folder it looked for design artifacts in:
 *                a run with the same key may look at the tree before it reads any schema
 */
public record LastRun(byte[] inputs, List<String> world, List<Finding> counted, List<Finding> known,
                      List<Baseline.Entry> absent, boolean baselineUsed, long[] figures, List<Optional<Stamped>> stamps,
                      Layers layers, String designs) {

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
        stamps = List.copyOf(stamps);
    }

    /**
     * The hash of the bytes the last run's file at this position held when it was read, if that file had this stamp
     * then: it is the same file, unchanged since.
     */
    public Optional<byte[]> hash(int position, FileStamp now) {
        return position < stamps.size() ? stamps.get(position).filter(then -> then.stamp().equals(now))
                .map(Stamped::hash) : Optional.empty();
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
        list(out, layers.all(), LastRun::layer);
        out.writeString(designs);
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
        list(out, stamps, (sink, stamped) -> optional(sink, stamped, (inner, present) -> {
            present.stamp().write(inner);
            inner.writeBytes(present.hash);
        }));
        return out.toByteArray();
    }

    /** @throws CacheFormatException when the bytes are not a run this version kept */
    static LastRun decode(byte[] bytes) {
        ByteSource in = new ByteSource(bytes, 0, bytes.length);
        Layers layers = layers(list(in, LastRun::layer));
        String designs = in.readString();
        if (designs == null) {
            throw new CacheFormatException("run without its designs folder");
        }
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
        List<Optional<Stamped>> stamps = list(in, source -> optional(source, LastRun::stamped));
        if (!in.atEnd()) {
            throw new CacheFormatException("bytes left after the run");
        }
        return new LastRun(inputs, world, counted, known, absent, baselineUsed, figures, stamps, layers, designs);
    }

    private static Stamped stamped(ByteSource in) {
        FileStamp stamp = FileStamp.read(in);
        byte[] hash = in.readBytes();
        if (hash.length != HASH) {
            throw new CacheFormatException("stamp with a hash of " + hash.length + " bytes");
        }
        return new Stamped(stamp, hash);
    }

    private static void layer(ByteSink out, Layer layer) {
        out.writeString(layer.prefix());
        out.writeString(layer.folder());
        out.writeInt(layer.rank());
    }

    private static Layer layer(ByteSource in) {
        String prefix = in.readString();
        String folder = in.readString();
        if (prefix == null || folder == null) {
            throw new CacheFormatException("layer without a prefix or folder");
        }
        return Layer.of(prefix, folder, in.readInt());
    }

    private static Layers layers(List<Layer> layers) {
        try {
            return Layers.of(layers);
        } catch (IllegalArgumentException twoAlike) {
            throw new CacheFormatException(twoAlike.getMessage());
        }
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
