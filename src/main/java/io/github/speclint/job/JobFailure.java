package io.github.speclint.job;

/** A check job that could not finish: its message says why, for the build to stop with. */
public final class JobFailure extends Exception {

    public JobFailure(String message) {
        super(message);
    }

    public JobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
