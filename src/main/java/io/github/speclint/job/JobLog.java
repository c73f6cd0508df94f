package io.github.speclint.job;

/** Where a check job's lines go: Maven's log in the build's own JVM, the protocol on standard output in a fork. */
public interface JobLog {

    void debug(String line);

    void info(String line);

    void warn(String line);

    void error(String line);
}
