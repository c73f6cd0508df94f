package io.github.speclint.cache;

import io.github.speclint.model.Finding;
import io.github.speclint.cache.ResultsFile.Content;
import io.github.speclint.cache.ResultsFile.CrossDocument;
import io.github.speclint.cache.ResultsFile.Stored;
import io.github.speclint.model.Layers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the per-document phase made of each file in earlier runs, so that an unchanged file is not read into a spec,
 * parsed and checked again. An entry is found by the file's path and the SHA-256 of its bytes; the whole cache
 * belongs to one key (speclint's build, the shape of the cached records and the run's configuration), and a cache
 * of another key is ignored as a whole. Cross-document rules run over cached and fresh specs alike, so a changed file
 * is judged against the others and the others against it; only when every file of the tree is unchanged, none came
 * or went, and what the run found on the file system beyond the specs is the same (the caller's {@code world}), are
 * their findings taken from the run before.
 *
 * <p>The cache is one file, {@code cache/results.bin} in the output folder, replaced in one move; see
 * {@link CacheFolder} for how it is kept inside that folder. A damaged, forged or foreign cache file only costs a
 * full run. Beside it, {@code cache/run.bin} keeps what the last run showed on the console ({@link LastRun}): a run
 * that finds nothing changed takes it whole and never reads the larger file.
 */
public final class ResultCache {

    /** No cache: every lookup misses and nothing is kept. */
    public static final ResultCache NONE = new ResultCache(null, "", null, null, Instant.MIN);

    static final String FILE = "results.bin";
    static final String RUN_FILE = "run.bin";
    /** Far above any real tree's cache, and below what the heap can take. */
    private static final long MAX_FILE_BYTES = 1L << 30;
    /** One digest per thread: looking SHA-256 up among the security providers costs more than hashing a spec. */
    private static final ThreadLocal<MessageDigest> FILE_DIGEST = ThreadLocal.withInitial(ResultCache::sha256);

    private final CacheFolder folder;
    private final String key;
    private final ResultCodec codec;
    private final byte[] storedRun;
    /** Files changed since are read and hashed, never taken by their {@link FileStamp}. */
    private final Instant settledBefore;
    /** Read on first use: a run that takes the last run whole never needs it. */
    private Content stored;
    private final Map<String, Stored> kept = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private volatile CrossDocument keptCross;
    private volatile boolean crossReused;
    private volatile LastRun keptRun;
    private volatile boolean runReused;

    private ResultCache(CacheFolder folder, String key, ResultCodec codec, byte[] storedRun,
                        Instant settledBefore) {
        this.folder = folder;
        this.settledBefore = settledBefore;
        this.key = key;
        this.codec = codec;
        this.storedRun = storedRun;
        if (folder == null) {
            stored = Content.NONE;
        }
    }

    /**
     * The cache kept in {@code <output>/cache}; empty when there is none yet, or it was written with another key, or
     * it cannot be read as one. Never fails: a cache can only save work.
     *
     * @param output the output folder the cache lives in; the cache is never written outside it
     * @param key    what the cached results depend on besides the files ({@link CacheKey})
     */
    public static ResultCache open(Path output, String key, Layers layers) {
        return open(output, key, layers, Clock.systemUTC());
    }

    /**
     * The cache kept in {@code <output>/cache}, for a run that starts at {@code clock}'s now: only files left alone
     * for {@link FileStamp#SETTLE} before then are stamped.
     */
    public static ResultCache open(Path output, String key, Layers layers, Clock clock) {
        CacheFolder folder = new CacheFolder(output);
        byte[] run = folder.read(RUN_FILE, MAX_FILE_BYTES).map(bytes -> body(bytes, key)).orElse(null);
        return new ResultCache(folder, key, new ResultCodec(layers), run,
                clock.instant().minus(FileStamp.SETTLE));
    }

    /** Whether an earlier run left a cache in {@code <output>/cache}, whatever its key: one look at the file system. */
    public static boolean kept(Path output) {
        return new CacheFolder(output).exists(FILE);
    }

    /**
     * Whether an earlier run left a cache in {@code <output>/cache} with this key, which a run with the key will take
     * files from; only the file's head is read.
     */
    public static boolean kept(Path output, String key) {
        return new CacheFolder(output).head(FILE, CacheFrame.headLength(key))
                .filter(head -> CacheFrame.keyed(head, key)).isPresent();
    }

    /** The entries and cross-document findings of {@code results.bin}, read the first time they are wanted. */
    private synchronized Content stored() {
        if (stored == null) {
            byte[] content = folder.read(FILE, MAX_FILE_BYTES).orElse(null);
            try {
                stored = content == null ? Content.NONE : ResultsFile.read(content, key);
            } catch (CacheFormatException | IndexOutOfBoundsException e) {
                stored = Content.NONE;
            }
        }
        return stored;
    }

    /**
     * The file's stamp, taken before its bytes are read so that it never stands for bytes older than itself; empty
     * without a cache, and for a file changed too recently to be taken by its stamp next time.
     */
    public Optional<FileStamp> stamp(Path file) {
        return codec == null ? Optional.empty() : FileStamp.of(file, settledBefore);
    }

    /** The SHA-256 of a file's bytes, the part of an entry's key that changes when the file does. */
    public static byte[] hash(byte[] fileBytes) {
        return FILE_DIGEST.get().digest(fileBytes);
    }

    /** The earlier outcome of this file, if its bytes and its linted-or-indexed role are unchanged. */
    public Optional<CachedFile> get(String path, byte[] hash, boolean linted) {
        if (codec == null) {
            return Optional.empty();
        }
        Stored entry = stored().entries().get(path);
        if (entry == null || entry.linted() != linted || !Arrays.equals(entry.hash(), hash)) {
            misses.incrementAndGet();
            return Optional.empty();
        }
        try {
            CachedFile file = codec.decode(entry.bytes(), entry.offset(), entry.length());
            kept.put(path, entry);
            hits.incrementAndGet();
            return Optional.of(file);
        } catch (RuntimeException | StackOverflowError damaged) {
            misses.incrementAndGet();
            return Optional.empty();
        }
    }

    /** Keeps this file's fresh outcome; one that cannot be cached is left out and worked out again next time. */
    public void put(String path, byte[] hash, boolean linted, CachedFile file) {
        if (codec == null) {
            return;
        }
        try {
            byte[] bytes = codec.encode(file);
            kept.put(path, new Stored(hash.clone(), linted, bytes, 0, bytes.length));
        } catch (IllegalArgumentException | StackOverflowError notCacheable) {
            kept.remove(path);
        }
    }

    /** Keeps this file's fresh outcome, packed already. */
    public void put(String path, byte[] hash, boolean linted, PackedFile file) {
        if (codec != null) {
            kept.put(path, new Stored(hash.clone(), linted, file.bytes(), file.offset(), file.length()));
        }
    }

    /**
     * The cross-document findings of the run before, when they still hold: every one of the {@code files} of this
     * run was found unchanged, the tree has no file more or less than then, and the world beyond the specs is the
     * same.
     *
     * @param files the number of files this run found
     * @param world what cross-document rules learn besides the specs (such as which linked files exist)
     */
    public Optional<List<Finding>> crossDocument(int files, String world) {
        if (codec == null) {
            return Optional.empty();
        }
        Map<String, Stored> entries = stored().entries();
        CrossDocument storedCross = stored().cross();
        if (storedCross == null || misses.get() != 0 || hits.get() != files
                || files != entries.size() || kept.size() != entries.size()
                || !Arrays.equals(storedCross.world(), digest(world))) {
            return Optional.empty();
        }
        try {
            List<Finding> findings = codec.decodeFindings(storedCross.findings());
            keptCross = storedCross;
            crossReused = true;
            return Optional.of(findings);
        } catch (RuntimeException | StackOverflowError damaged) {
            return Optional.empty();
        }
    }

    /** Keeps this run's cross-document findings for the next run; see {@link #crossDocument}. */
    public void putCrossDocument(String world, List<Finding> findings) {
        if (codec == null) {
            return;
        }
        try {
            keptCross = new CrossDocument(digest(world), codec.encodeFindings(findings));
        } catch (IllegalArgumentException | StackOverflowError notCacheable) {
            keptCross = null;
        }
    }

    /** What the last run showed on the console, if it was kept with this key and can be read. */
    public Optional<LastRun> lastRun() {
        if (storedRun == null) {
            return Optional.empty();
        }
        return decoded(storedRun);
    }

    /**
     * What the last run kept in {@code <output>/cache/run.bin} with this key, read without opening the cache: for a
     * run that looks for the last one before it has read any schema.
     */
    public static Optional<LastRun> lastRun(Path output, String key) {
        return new CacheFolder(output).read(RUN_FILE, MAX_FILE_BYTES).map(bytes -> body(bytes, key))
                .flatMap(ResultCache::decoded);
    }

    private static Optional<LastRun> decoded(byte[] run) {
        try {
            return Optional.of(LastRun.decode(run));
        } catch (RuntimeException | StackOverflowError damaged) {
            return Optional.empty();
        }
    }

    /** Keeps what this run showed on the console for the next run; see {@link LastRun}. */
    public void keepRun(LastRun run) {
        if (codec != null) {
            keptRun = run;
        }
    }

    /**
     * Notes that this run took the last one whole: every one of its {@code files} counts as unchanged, the
     * cross-document findings as reused, and nothing is written.
     */
    public void reusedRun(int files) {
        hits.set(files);
        crossReused = true;
        runReused = true;
    }

    /** Whether this run took the last run's outcome whole. */
    public boolean runReused() {
        return runReused;
    }

    /** Whether this run took the cross-document findings from the cache. */
    public boolean crossDocumentReused() {
        return crossReused;
    }

    /** How many lookups found an unchanged file. */
    public int hits() {
        return hits.get();
    }

    /** How many lookups found no entry or a changed file. */
    public int misses() {
        return misses.get();
    }

    /**
     * Writes the entries of this run (files gone since are dropped) when anything changed.
     *
     * @return empty when written or nothing changed, else why the cache could not be written
     */
    public Optional<String> save() {
        if (folder == null || runReused) {
            return Optional.empty();
        }
        Map<String, Stored> entries = stored().entries();
        CrossDocument cross = keptCross;
        boolean unchanged = cross == stored().cross() && kept.size() == entries.size() && kept.entrySet()
                .stream().allMatch(entry -> entries.get(entry.getKey()) == entry.getValue());
        Optional<String> problem = unchanged ? Optional.empty()
                : folder.replace(FILE, out -> ResultsFile.write(out, key, kept, cross));
        LastRun run = keptRun;
        if (problem.isPresent() || run == null) {
            return problem;
        }
        byte[] encoded;
        try {
            encoded = run.encode();
        } catch (IllegalArgumentException | StackOverflowError notCacheable) {
            return Optional.empty();
        }
        return folder.replace(RUN_FILE, out -> CacheFrame.write(out, key, (head, body) -> head.writeBytes(encoded)));
    }

    /** The kept run of a {@code run.bin} written with this key; null for another key or a damaged file. */
    private static byte[] body(byte[] content, String key) {
        try {
            ByteSource in = CacheFrame.body(content, key).orElse(null);
            if (in == null) {
                return null;
            }
            byte[] run = in.readBytes();
            return in.atEnd() ? run : null;
        } catch (CacheFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    private static byte[] digest(String text) {
        return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
