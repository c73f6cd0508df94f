package io.github.speclint.maven;

import io.github.speclint.model.Finding;
import io.github.speclint.report.ConsoleFormat;
import org.apache.maven.plugin.logging.Log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings in the build log: each file's under a header line, then the counts per rule. Maven colours levels. */
final class FindingLog {

    private final Log log;

    FindingLog(Log log) {
        this.log = log;
    }

    void findings(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
        byFile.forEach((path, inFile) -> {
            log.info(ConsoleFormat.fileHeader(path, inFile));
            for (Finding finding : inFile) {
                switch (finding.severity()) {
                    case ERROR -> log.error(ConsoleFormat.line(finding));
                    case WARNING -> log.warn(ConsoleFormat.line(finding));
                    case INFO -> log.info(ConsoleFormat.line(finding));
                }
            }
        });
        if (!findings.isEmpty()) {
            log.info(ConsoleFormat.ruleCounts(findings));
        }
    }
}
