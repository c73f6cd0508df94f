package io.github.speclint.maven;

import io.github.speclint.job.JobLog;
import org.apache.maven.plugin.logging.Log;

/** A check job's lines in Maven's log, which colours them by level. */
record MavenJobLog(Log log) implements JobLog {

    @Override
    public void debug(String line) {
        log.debug(line);
    }

    @Override
    public void info(String line) {
        log.info(line);
    }

    @Override
    public void warn(String line) {
        log.warn(line);
    }

    @Override
    public void error(String line) {
        log.error(line);
    }
}
