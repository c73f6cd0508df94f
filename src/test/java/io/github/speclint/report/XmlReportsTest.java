package io.github.speclint.report;

import io.github.speclint.LintResult;
import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JUnit XML and checkstyle XML, read back with a DOM parser. */
class XmlReportsTest {

    @TempDir
    Path dir;

    @Test
    void junitHasASuitePerSpecACasePerRuleAndAFailurePerRuleWithErrors() throws Exception {
        LintResult result = Reports.lint(Reports.GAPS);
        Path file = dir.resolve("speclint-junit.xml");
        new JunitReport(RuleSet.all(), RuleSet.rulesForUnreadableFiles()).write(result, file);

        Element root = parse(file).getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(result.specs().size(), suites.size());
        int allCases = 0;
        int allFailures = 0;
        for (Element suite : suites) {
            List<Element> cases = children(suite, "testcase");
            long failing = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            assertEquals(cases.size(), Integer.parseInt(suite.getAttribute("tests")), suite.getAttribute("name"));
            assertEquals(failing, Long.parseLong(suite.getAttribute("failures")), suite.getAttribute("name"));
            assertEquals(RuleSet.all().size(), cases.size());
            allCases += cases.size();
            allFailures += (int) failing;
        }
        assertEquals(allCases, Integer.parseInt(root.getAttribute("tests")));
        assertEquals(allFailures, Integer.parseInt(root.getAttribute("failures")));
        long rulesWithErrors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.path() + " " + f.ruleId()).distinct().count();
        assertEquals(rulesWithErrors, allFailures);

        Element status = testcase(suites, "business/uc1-signup.md", "frontmatter-status");
        Element failure = children(status, "failure").get(0);
        assertEquals("frontmatter-status", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().startsWith("business/uc1-signup.md:3:9: error: status \"done\""),
                failure.getTextContent());
        assertTrue(children(testcase(suites, "business/uc1-signup.md", "table-columns"), "failure").isEmpty());
    }

    @Test
    void checkstyleHasAnErrorElementPerFindingGroupedByFile() throws Exception {
        LintResult result = Reports.lint(Reports.EXAMPLES);
        Path file = dir.resolve("speclint-checkstyle.xml");
        new CheckstyleReport().write(result, file);

        Document xml = parse(file);
        NodeList errors = xml.getElementsByTagName("error");
        assertEquals(result.findings().size(), errors.getLength());
        for (int i = 0; i < errors.getLength(); i++) {
            Element error = (Element) errors.item(i);
            Finding finding = result.findings().get(i);
            assertEquals(finding.path(), ((Element) error.getParentNode()).getAttribute("name"));
            assertEquals(String.valueOf(finding.line()), error.getAttribute("line"));
            assertEquals(String.valueOf(finding.column()), error.getAttribute("column"));
            assertEquals(finding.severity().label(), error.getAttribute("severity"));
            assertEquals(finding.message(), error.getAttribute("message"));
            assertEquals("speclint." + finding.ruleId(), error.getAttribute("source"));
        }
        assertEquals(result.findings().stream().map(Finding::path).distinct().count(),
                xml.getElementsByTagName("file").getLength());
    }

    private static Element testcase(List<Element> suites, String suite, String rule) {
        return suites.stream().filter(s -> s.getAttribute("name").equals(suite))
                .flatMap(s -> children(s, "testcase").stream())
                .filter(c -> c.getAttribute("name").equals(rule)).findFirst().orElseThrow();
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> children = new ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                children.add(element);
            }
        }
        return children;
    }
}
