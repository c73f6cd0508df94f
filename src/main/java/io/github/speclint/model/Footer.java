package io.github.speclint.model;

import java.util.regex.Pattern;

/** The closing {@code *Generated with smaqit <version>*} line. */
public record Footer(String version, SourcePosition position) {

    /** The footer's text, emphasis aside; group 1 is the version. */
    public static final Pattern TEXT = Pattern.compile("^Generated with smaqit\\s+(\\S.*)$");
}
