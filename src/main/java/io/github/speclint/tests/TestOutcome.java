package io.github.speclint.tests;

/** How one executed test ended, as its JUnit XML report records it. */
public enum TestOutcome {
    PASSED, FAILED, ERRORED, SKIPPED
}
