package io.github.speclint.tests;

import io.github.speclint.model.SourcePosition;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams one JUnit XML report (Surefire, Failsafe, Gradle, JUnit's console launcher) and hands each
 * {@code <testcase>} on as it closes. Reports are read as hostile input: the JDK's own StAX parser with DTDs and
 * external entities off, a DOCTYPE refused outright, a size and a nesting limit, text decoded strictly by speclint
 * (the parser's own decoder prints to standard error on bad bytes), and every failure turned into a
 * {@link ReportProblem} with the line and column the parser stopped at. Tests read before a problem still count.
 */
final class JunitXmlReader {

    /** Reports above this size are not read: Surefire's, with captured output, stay far below it. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** JUnit XML nests testsuites, testsuite, testcase and its children; anything much deeper is not a report. */
    static final int MAX_DEPTH = 64;
    /** How much of a test case's output is searched for JUnit's {@code display-name:} line (it comes first). */
    static final int MAX_OUTPUT_SCAN = 16 * 1024;

    private static final String DISPLAY_NAME = "display-name: ";
    private static final XMLInputFactory FACTORY = secureFactory();

    private JunitXmlReader() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    /**
     * @param displayPath the report's path as findings print it
     * @return what stopped the reading, if anything did
     */
    static Optional<ReportProblem> read(Path file, String displayPath, Consumer<ExecutedTest> tests) {
        try {
            if (!Files.isRegularFile(file)) {
                return problem(displayPath, SourcePosition.START, Files.exists(file)
                        ? "is not a regular file" : "does not exist");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return problem(displayPath, SourcePosition.START, String.format("has %,d bytes, more than the %,d "
                        + "speclint reads; its tests count as not run", size, MAX_BYTES));
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return new Walk(FACTORY.createXMLStreamReader(ReportText.reader(in)), displayPath, tests).run();
            }
        } catch (IOException e) {
            return problem(displayPath, SourcePosition.START, "cannot be read (" + e.getClass().getSimpleName()
                    + "); its tests count as not run");
        } catch (XMLStreamException e) {
            if (ReportText.isCodingError(e)) {
                return problem(displayPath, position(e.getLocation()), "is not valid text in its encoding; its "
                        + "tests from here on count as not run");
            }
            return problem(displayPath, position(e.getLocation()), "is not well-formed XML: " + reason(e)
                    + "; its tests from here on count as not run");
        } catch (RuntimeException e) {
            // the JDK's parser signals some malformed input with unchecked exceptions
            return problem(displayPath, SourcePosition.START, "is not well-formed XML ("
                    + e.getClass().getSimpleName() + "); its tests count as not run");
        }
    }

    private static Optional<ReportProblem> problem(String path, SourcePosition position, String message) {
        return Optional.of(new ReportProblem(path, position, "test report " + message));
    }

    /** The parser's message without the "ParseError at [row,col]:" prefix the position already gives. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        String reason = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip()
                .replaceFirst("\\.$", "");
        return reason.length() <= 200 ? reason : reason.substring(0, 200) + "…";
    }

    private static SourcePosition position(Location location) {
        if (location == null) {
            return SourcePosition.START;
        }
        return SourcePosition.of(Math.max(1, location.getLineNumber()), Math.max(1, location.getColumnNumber()));
    }

    /** One pass over one report. */
    private static final class Walk {

        private final XMLStreamReader xml;
        private final String path;
        private final Consumer<ExecutedTest> tests;
        private int depth;
        private int caseDepth = -1;
        private String className;
        private String name;
        private TestOutcome outcome;
        private StringBuilder output;
        private boolean inOutput;

        Walk(XMLStreamReader xml, String path, Consumer<ExecutedTest> tests) {
            this.xml = xml;
            this.path = path;
            this.tests = tests;
        }

        Optional<ReportProblem> run() throws XMLStreamException {
            try {
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        return here("has a DOCTYPE, which JUnit XML reports do not have; speclint reads no DTDs, so "
                                + "its tests count as not run");
                    } else if (event == XMLStreamConstants.START_ELEMENT) {
                        Optional<ReportProblem> problem = start();
                        if (problem.isPresent()) {
                            return problem;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        end();
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                            && inOutput && output.length() < MAX_OUTPUT_SCAN) {
                        int room = Math.min(MAX_OUTPUT_SCAN - output.length(), xml.getTextLength());
                        output.append(xml.getTextCharacters(), xml.getTextStart(), room);
                    }
                }
                return Optional.empty();
            } finally {
                xml.close();
            }
        }

        private Optional<ReportProblem> start() {
            depth++;
            String element = xml.getLocalName();
            if (depth == 1 && !element.equals("testsuite") && !element.equals("testsuites")) {
                return here("is not a JUnit XML report: its root element is <" + shortened(element)
                        + ">, not <testsuite> or <testsuites>; name only JUnit XML reports in testReports");
            }
            if (depth > MAX_DEPTH) {
                return here("nests elements more than " + MAX_DEPTH + " deep, which a JUnit XML report does not; "
                        + "its tests from here on count as not run");
            }
            if (caseDepth < 0 && element.equals("testcase")) {
                caseDepth = depth;
                className = attribute("classname");
                name = attribute("name");
                outcome = TestOutcome.PASSED;
                output = new StringBuilder();
            } else if (caseDepth > 0 && depth == caseDepth + 1) {
                switch (element) {
                    case "error" -> outcome = TestOutcome.ERRORED;
                    case "failure" -> outcome = outcome == TestOutcome.ERRORED ? outcome : TestOutcome.FAILED;
                    case "skipped" -> outcome = outcome == TestOutcome.PASSED ? TestOutcome.SKIPPED : outcome;
                    case "system-out" -> inOutput = true;
                    default -> {
                        // rerunFailure, flakyFailure, properties, system-err: a flaky test that passed in the end
                        // passed; a rerun failure comes with its own <failure>
                    }
                }
            }
            return Optional.empty();
        }

        private void end() {
            if (caseDepth > 0 && depth == caseDepth + 1) {
                inOutput = false;
            } else if (depth == caseDepth) {
                tests.accept(new ExecutedTest(className, name, displayName(output), outcome));
                caseDepth = -1;
                output = null;
            }
            depth--;
        }

        private String attribute(String attributeName) {
            String value = xml.getAttributeValue(null, attributeName);
            return value == null ? "" : value;
        }

        private static String displayName(CharSequence output) {
            String text = output.toString();
            int at = text.startsWith(DISPLAY_NAME) ? 0 : text.indexOf("\n" + DISPLAY_NAME);
            if (at < 0) {
                return "";
            }
            int from = at == 0 ? DISPLAY_NAME.length() : at + 1 + DISPLAY_NAME.length();
            int lineEnd = text.indexOf('\n', from);
            return text.substring(from, lineEnd < 0 ? text.length() : lineEnd).strip();
        }

        private Optional<ReportProblem> here(String message) {
            return problem(path, position(xml.getLocation()), message);
        }

        private static String shortened(String text) {
            return text.length() <= 60 ? text : text.substring(0, 60) + "…";
        }
    }
}
