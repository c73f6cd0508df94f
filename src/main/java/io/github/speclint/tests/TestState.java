package io.github.speclint.tests;

import java.util.Locale;

/** What the tests carrying one coverage test case id add up to. */
public enum TestState {
    /** At least one test carrying the id ran, and none failed or errored. */
    PASSED,
    /** A test carrying the id failed or errored. */
    FAILED,
    /** No test carrying the id ran: there is none, or every one was skipped. */
    NOT_RUN;

    /** {@code passed}, {@code failed}, {@code not run}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
