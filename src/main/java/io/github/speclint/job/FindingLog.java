package io.github.speclint.job;

import io.github.speclint.adopt.Baseline;
import io.github.speclint.adopt.Triage;
import io.github.speclint.model.Finding;
import io.github.speclint.report.ConsoleFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The findings in the build log: each file's under a header line, then the counts per rule. Maven colours levels. */
public final class FindingLog {

    private final JobLog log;

    public FindingLog(JobLog log) {
        this.log = log;
    }

    public void findings(List<Finding> findings) {
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

    /** The findings a run with a baseline counts, said to be new: the baseline does not list them. */
    public void newFindings(List<Finding> findings, Path baseline) {
        if (!findings.isEmpty()) {
            log.info(String.format("speclint: %d new finding(s), not in the baseline %s:", findings.size(), baseline));
        }
        findings(findings);
    }

    /**
     * The findings the baseline knows (listed, not failing) and its entries no longer found, which a new baseline
     * would drop.
     */
    public void baseline(Triage triage, Path file) {
        if (!triage.known().isEmpty()) {
            log.info(String.format("speclint: %d finding(s) known from the baseline %s; they do not fail the build:",
                    triage.known().size(), file));
            triage.known().forEach(finding -> log.info("  " + ConsoleFormat.line(finding)));
        }
        if (!triage.absent().isEmpty()) {
            boolean one = triage.absent().size() == 1;
            log.info(String.format("speclint: %d baseline %s no longer found; run speclint:baseline to drop %s:",
                    triage.absent().size(), one ? "entry is" : "entries are", one ? "it" : "them"));
            for (Baseline.Entry entry : triage.absent()) {
                log.info(String.format("  %s: %s: %s [%s]", entry.path(), entry.severity().label(), entry.message(),
                        entry.ruleId()));
            }
        }
    }
}
