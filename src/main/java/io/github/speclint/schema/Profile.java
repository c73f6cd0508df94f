package io.github.speclint.schema;

import java.util.List;

/**
 * What differs between smaqit versions.
 *
 * @param versions footer version prefixes this profile covers ("0." covers v0.6.2-beta)
 */
public record Profile(String name, List<String> versions, List<String> requiredFrontMatter) {

    public Profile {
        versions = List.copyOf(versions);
        requiredFrontMatter = List.copyOf(requiredFrontMatter);
    }

    public boolean covers(String footerVersion) {
        String version = footerVersion.startsWith("v") ? footerVersion.substring(1) : footerVersion;
        return versions.stream().anyMatch(version::startsWith);
    }
}
