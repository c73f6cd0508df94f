package io.github.speclint.discover;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One spec directory of a run and the module it belongs to.
 *
 * @param module the module's name (its artifactId in a Maven reactor); empty when the run has a single module
 */
public record SpecRoot(String module, Path directory) {

    public SpecRoot {
        module = module == null ? "" : module;
        directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }
}
