package io.github.speclint;

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
                 ResultCache cache, PackingArena arena, Map<String, byte[]> hashes, AtomicInteger rereads) {

    /** @param hashes each file's SHA-256 by display path, as far as known; the run adds the others' */
    FileCheck(SpecParser parser, Optional<Profile> fixedProfile, LinkPaths linkPaths, DesignLinks designLinks,
              ResultCache cache, PackingArena arena) {
        this(parser, fixedProfile, linkPaths, designLinks, cache, arena, new ConcurrentHashMap<>(),
                new AtomicInteger());
    }

    /** How many files the parser read: a file hashed in a first pass and read again counts once. */
    int filesRead() {
        return parser.filesRead() - rereads.get();
    }
}
