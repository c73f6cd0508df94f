package io.github.speclint.maven;

import org.apache.maven.plugin.MojoExecutionException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Numbers and lists from the POM or the command line, checked here so that a bad value gets speclint's message
 * naming the parameter instead of Maven's conversion error. Numeric parameters are therefore declared as text.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    /**
     * One of an enum's constants, named in any case: {@code failOn=Warning}.
     *
     * @throws MojoExecutionException naming the value and the accepted ones, {@code "use a, b or c"}
     */
    static <E extends Enum<E>> E oneOf(Class<E> type, String name, String value) throws MojoExecutionException {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            List<String> accepted = Arrays.stream(type.getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
            throw new MojoExecutionException("speclint: " + name + " is \"" + (value == null ? "" : Printable.of(value))
                    + "\"; use " + String.join(", ", accepted.subList(0, accepted.size() - 1)) + " or "
                    + accepted.get(accepted.size() - 1));
        }
    }

    /** A byte count above zero, such as {@code maxFileSize}. */
    static long positive(String name, String value) throws MojoExecutionException {
        long parsed = number(name, value, "a positive number of bytes");
        if (parsed <= 0) {
            throw new MojoExecutionException(String.format("speclint: %s is %s; it must be a positive number of "
                    + "bytes", name, value.strip()));
        }
        return parsed;
    }

    /** A count of zero or more, such as {@code maxAllowedViolations}. */
    static int count(String name, String value) throws MojoExecutionException {
        long parsed = number(name, value, "a whole number of 0 or more");
        if (parsed < 0 || parsed > Integer.MAX_VALUE) {
            throw new MojoExecutionException(String.format("speclint: %s is %s; it must be a whole number of 0 or "
                    + "more", name, value.strip()));
        }
        return (int) parsed;
    }

    /** The include patterns: at least one, or no file would ever be linted. */
    static List<String> includes(List<String> includes) throws MojoExecutionException {
        List<String> patterns = includes == null ? List.of() : includes.stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).toList();
        if (patterns.isEmpty()) {
            throw new MojoExecutionException("speclint: includes is empty, so no file would be linted; leave it out "
                    + "(it defaults to **/*.md) or give at least one pattern");
        }
        return patterns;
    }

    private static long number(String name, String value, String expected) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            throw new MojoExecutionException(String.format("speclint: %s is empty; give %s", name, expected));
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new MojoExecutionException(String.format("speclint: %s is \"%s\", which is not a number; give %s",
                    name, Printable.of(value.strip()), expected));
        }
    }
}
