package io.github.speclint;

import io.github.speclint.cache.FileStamp;
import io.github.speclint.cache.PackingArena;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.graph.LinkPaths;
import io.github.speclint.graph.DesignLinks;
import io.github.speclint.parse.SpecParser;
import io.github.speclint.schema.Profile;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What checking one file of a run needs besides the file: the parser, the profile the run forces (if any), how
 * links and design links are traced, the cache, and where outcomes are packed until all files are checked.
 */
record FileCheck(SpecParser parser, Optional<Profile> fixedProfile, LinkPaths linkPaths, DesignLinks designLinks,
                 ResultCache cache, PackingArena arena, Map<String, byte[]> hashes, Map<String, FileStamp> stamps,
                 AtomicInteger rereads) {

    /**
     * Each file's SHA-256 ({@code hashes}) and, where the file system gives one, the stamp it had before the bytes
     * that hash was taken of were read ({@code stamps}), by display path; the run adds them as it reads.
     */
    FileCheck(SpecParser parser, Optional<Profile> fixedProfile, LinkPaths linkPaths, DesignLinks designLinks,
              ResultCache cache, PackingArena arena) {
        this(parser, fixedProfile, linkPaths, designLinks, cache, arena, new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(), new AtomicInteger());
    }

    /** Notes the hash of the bytes just read, and the stamp taken before reading them, if any. */
    void hashed(String path, byte[] hash, Optional<FileStamp> stamp) {
        hashes.put(path, hash);
        stamp.ifPresentOrElse(taken -> stamps.put(path, taken), () -> stamps.remove(path));
    }

    /** Forgets a file's hash and stamp: they no longer stand for what the run makes of it. */
    void forget(String path) {
        hashes.remove(path);
        stamps.remove(path);
    }

    /** How many files the parser read: a file hashed in a first pass and read again counts once. */
    int filesRead() {
        return parser.filesRead() - rereads.get();
    }
}
