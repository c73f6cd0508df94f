package io.github.speclint.model;

import java.util.Locale;

/** How bad a finding is: an error is a gap that fails the build by default, a warning is drift. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
