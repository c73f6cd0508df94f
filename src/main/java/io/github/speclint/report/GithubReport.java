package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GitHub Actions: workflow commands that turn findings into pull-request annotations, and a Markdown summary for the
 * job's summary page.
 */
public final class GithubReport {

    /** How many findings the summary page lists; annotations carry all of them. */
    static final int SUMMARY_LIMIT = 50;

    private GithubReport() {
    }

    /** One {@code ::error file=...,line=...,col=...,title=rule::message} line per finding. */
    public static List<String> annotations(LintResult result) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : result.findings()) {
            String command = switch (finding.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            lines.add(String.format("::%s file=%s,line=%d,col=%d,title=%s::%s", command, property(finding.path()),
                    finding.line(), finding.column(), property(finding.ruleId()), data(finding.message())));
        }
        return lines;
    }

    /**
     * Appends the run's summary to the file GitHub names in {@code GITHUB_STEP_SUMMARY}; one module at a time, so
     * that under {@code -T 4} no module's table is cut by another's.
     */
    public static synchronized void appendSummary(LintResult result, Path summaryFile) throws IOException {
        Files.writeString(summaryFile, summary(result), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    static String summary(LintResult result) {
        StringBuilder markdown = new StringBuilder("## speclint\n\n");
        markdown.append(MarkdownText.text(ConsoleFormat.headline(result.statistics()))).append("\n\n");
        if (result.findings().isEmpty()) {
            return markdown.append("No findings.\n\n").toString();
        }
        Map<String, Integer> byRule = new TreeMap<>();
        result.findings().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        markdown.append("| rule | findings |\n|---|---:|\n");
        byRule.forEach((rule, count) -> markdown.append("| ").append(MarkdownText.code(rule)).append(" | ")
                .append(count).append(" |\n"));
        markdown.append("\n| file | line | severity | finding |\n|---|---:|---|---|\n");
        result.findings().stream().limit(SUMMARY_LIMIT).forEach(f -> markdown.append("| ")
                .append(MarkdownText.code(f.path())).append(" | ").append(f.line()).append(" | ")
                .append(f.severity().label()).append(" | ").append(MarkdownText.text(f.message())).append(' ')
                .append(MarkdownText.code(f.ruleId())).append(" |\n"));
        if (result.findings().size() > SUMMARY_LIMIT) {
            markdown.append("\n").append(result.findings().size() - SUMMARY_LIMIT)
                    .append(" more findings are in the build log and the annotations.\n");
        }
        return markdown.append('\n').toString();
    }

    /** The escaping GitHub's workflow commands define for a message. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** The escaping for a property value, which also may not hold ':' or ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
