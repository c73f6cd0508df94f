package io.github.speclint.job;

import java.util.ArrayList;
import java.util.List;

/** A job log that keeps what it was told, level first ("error docs/x.md:3:1: ..."), standard output as "out". */
class RecordingJobLog implements JobLog {

    final List<String> lines = new ArrayList<>();

    void output(String line) {
        lines.add("out " + line);
    }

    @Override
    public void debug(String line) {
        lines.add("debug " + line);
    }

    @Override
    public void info(String line) {
        lines.add("info " + line);
    }

    @Override
    public void warn(String line) {
        lines.add("warn " + line);
    }

    @Override
    public void error(String line) {
        lines.add("error " + line);
    }
}
