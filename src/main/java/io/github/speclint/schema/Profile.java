package io.github.speclint.schema;

import java.util.List;

/**
 * A set of layer schemas: one smaqit version's built-in templates, or a project's own installed templates.
 *
 * @param versions footer version prefixes this profile covers ("0." covers v0.6.2-beta); none for a project's own
 * @param source   what the schemas were read from, for messages: "smaqit 1.0" or ".smaqit/templates/specs"
 */
public record Profile(String name, List<String> versions, String source, boolean builtIn) {

    public Profile {
        versions = List.copyOf(versions);
    }

    public static Profile builtIn(String name, List<String> versions) {
        return new Profile(name, versions, "smaqit " + name, true);
    }

    public static Profile templates(String source) {
        return new Profile("templates", List.of(), source, false);
    }

    public boolean covers(String footerVersion) {
        String version = footerVersion.startsWith("v") ? footerVersion.substring(1) : footerVersion;
        return versions.stream().anyMatch(version::startsWith);
    }
}
