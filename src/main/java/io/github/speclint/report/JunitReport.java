package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.RuleInfo;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code speclint-junit.xml}: one test suite per spec file and one test case per rule applied to it, failing when the
 * rule found errors there, so that CI test tabs list the failing specs and why. Warnings go to the case's output.
 */
public final class JunitReport implements Report {

    private final List<RuleInfo> rules;
    private final List<RuleInfo> rulesForUnreadable;

    /**
     * @param rules              the rules applied to a readable spec
     * @param rulesForUnreadable the rules applied to a file that could not be read as text
     */
    public JunitReport(List<RuleInfo> rules, List<RuleInfo> rulesForUnreadable) {
        this.rules = List.copyOf(rules);
        this.rulesForUnreadable = List.copyOf(rulesForUnreadable);
    }

    @Override
    public void write(LintResult result, Path file) throws IOException {
        Map<String, Map<String, List<Finding>>> byPathAndRule = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            byPathAndRule.computeIfAbsent(finding.path(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(finding.ruleId(), k -> new ArrayList<>()).add(finding);
        }
        List<Suite> suites = new ArrayList<>();
        for (SpecDocument spec : result.specs()) {
            Map<String, List<Finding>> found = byPathAndRule.getOrDefault(spec.path(), Map.of());
            List<String> applied = new ArrayList<>((spec.readable() ? rules : rulesForUnreadable).stream()
                    .map(RuleInfo::id).toList());
            found.keySet().stream().filter(id -> !applied.contains(id)).forEach(applied::add);
            suites.add(new Suite(spec.path(), applied, found));
        }
        try (XmlOut xml = XmlOut.to(file)) {
            xml.start("testsuites").attribute("name", "speclint")
                    .attribute("tests", suites.stream().mapToInt(s -> s.rules.size()).sum())
                    .attribute("failures", suites.stream().mapToLong(Suite::failures).sum())
                    .attribute("errors", 0)
                    .attribute("time", seconds(result.statistics().engineMillis()));
            for (Suite suite : suites) {
                writeSuite(xml, suite);
            }
            xml.end();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file, e);
        }
    }

    private static void writeSuite(XmlOut xml, Suite suite) throws XMLStreamException {
        xml.start("testsuite").attribute("name", suite.path)
                .attribute("tests", suite.rules.size())
                .attribute("failures", suite.failures())
                .attribute("errors", 0)
                .attribute("skipped", 0)
                .attribute("time", "0");
        String classname = suite.path.replaceFirst("\\.md$", "").replace('/', '.');
        for (String rule : suite.rules) {
            List<Finding> findings = suite.found.getOrDefault(rule, List.of());
            xml.start("testcase").attribute("classname", classname).attribute("name", rule).attribute("time", "0");
            if (findings.isEmpty()) {
                xml.end();
                continue;
            }
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<Finding> others = findings.stream().filter(f -> f.severity() != Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                xml.start("failure").attribute("type", rule).attribute("message", errors.size() == 1
                        ? errors.get(0).message() : errors.size() + " errors, first: " + errors.get(0).message())
                        .text(lines(errors)).end();
            }
            if (!others.isEmpty()) {
                xml.start("system-out").text(lines(others)).end();
            }
            xml.end();
        }
        xml.end();
    }

    private static String lines(List<Finding> findings) {
        return String.join("\n", findings.stream().map(ConsoleFormat::line).toList());
    }

    private static String seconds(long millis) {
        return String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
    }

    private record Suite(String path, List<String> rules, Map<String, List<Finding>> found) {

        long failures() {
            return found.values().stream()
                    .filter(list -> list.stream().anyMatch(f -> f.severity() == Severity.ERROR)).count();
        }
    }
}
