package io.github.speclint.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.ArrayList;
import java.util.List;

/** A Maven log that keeps what the mojo said, level first: "error docs/x.md:3:1: ...". */
final class RecordingLog extends SystemStreamLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("info " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("warn " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("error " + content);
    }

    boolean has(String line) {
        return lines.contains(line);
    }

    /** Puts a recording log on the mojo. */
    static RecordingLog on(org.apache.maven.plugin.Mojo mojo) {
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        return log;
    }
}
