package io.github.speclint;

import io.github.speclint.cache.PackingArena;
import io.github.speclint.cache.ResultCache;
import io.github.speclint.graph.LinkPaths;
import io.github.speclint.graph.DesignLinks;
import io.github.speclint.parse.SpecParser;
import io.github.speclint.schema.Profile;

import java.util.Optional;

/**
 * What checking one file of a run needs besides the file: the parser, the profile the run forces (if any), how
 * links and design links are traced, the cache, and where outcomes are packed until all files are checked.
 */
record FileCheck(SpecParser parser, Optional<Profile> fixedProfile, LinkPaths linkPaths, DesignLinks designLinks,
                 ResultCache cache, PackingArena arena) {
}
