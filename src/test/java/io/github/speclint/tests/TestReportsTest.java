package io.github.speclint.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading JUnit XML reports: Surefire's shapes, the ways a test carries an id, and hostile or broken files. */
class TestReportsTest {

    private static final Set<String> IDS = Set.of("COV-LOANS-001", "COV-LOANS-002", "COV-LOANS-003",
            "COV-LOANS-004");

    @TempDir
    Path dir;

    @Test
    void countsEachOutcomeOfTheTestsCarryingAnId() throws IOException {
        report("TEST-org.example.LoanTest.xml", suite("""
                <testcase name="cov_loans_001_quickReservation" classname="org.example.LoanTest" time="0.1"/>
                <testcase name="cov_loans_002_limit(int)[1]" classname="org.example.LoanTest">
                  <failure message="expected 3" type="org.opentest4j.AssertionFailedError">trace</failure>
                </testcase>
                <testcase name="cov_loans_002_limit(int)[2]" classname="org.example.LoanTest">
                  <error message="boom" type="java.lang.IllegalStateException">trace</error>
                </testcase>
                <testcase name="cov_loans_002_limit(int)[3]" classname="org.example.LoanTest">
                  <skipped/>
                </testcase>
                <testcase name="cov_loans_003_flaky" classname="org.example.LoanTest">
                  <flakyFailure message="first run" type="java.lang.AssertionError">trace</flakyFailure>
                </testcase>
                <testcase name="cov_loans_004_rerun" classname="org.example.LoanTest">
                  <failure message="still" type="java.lang.AssertionError">trace</failure>
                  <rerunFailure message="still" type="java.lang.AssertionError">trace</rerunFailure>
                </testcase>
                <testcase name="unrelated" classname="org.example.LoanTest"/>
                """));

        TestResults results = read(dir);

        assertEquals(List.of(), results.problems());
        assertEquals(1, results.reports());
        assertEquals(7, results.tests());
        assertEquals(new TestTally(1, 0, 0, 0, List.of()), results.tally("COV-LOANS-001"));
        assertEquals(new TestTally(0, 1, 1, 1, List.of("LoanTest.cov_loans_002_limit(int)[1]",
                "LoanTest.cov_loans_002_limit(int)[2]")), results.tally("COV-LOANS-002"));
        assertEquals(TestState.FAILED, results.tally("COV-LOANS-002").state());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-003").state(), "a flaky test that passed passed");
        assertEquals(TestState.FAILED, results.tally("COV-LOANS-004").state());
    }

    @Test
    void aTestCarriesAnIdInItsNameDisplayNameOrClassNameAsWholeSegments() throws IOException {
        report("TEST-junit-jupiter.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites>
                  <testsuite name="JUnit Jupiter">
                    <testcase name="COV-LOANS-001: a drill is reserved" classname="org.example.A"/>
                    <testcase name="reminder()" classname="org.example.B">
                      <system-out><![CDATA[
                unique-id: [engine:junit-jupiter]/[class:org.example.B]/[method:reminder()]
                display-name: Cov Loans 002 reminder arrives a day early
                ]]></system-out>
                    </testcase>
                    <testcase name="refused" classname="org.example.COV_LOANS_003_LimitTest"/>
                    <testcase name="cov_loans_0041_other" classname="org.example.RECOV_LOANS_004"/>
                    <testcase name="skipped" classname="org.example.C"><skipped/><system-out>display-name: COV-LOANS-004</system-out></testcase>
                  </testsuite>
                </testsuites>
                """);

        TestResults results = read(dir);

        assertEquals(List.of(), results.problems());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-001").state());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-002").state());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-003").state());
        assertEquals(new TestTally(0, 0, 0, 1, List.of()), results.tally("COV-LOANS-004"),
                "neither COV-LOANS-0041 nor RECOV-LOANS-004 carries COV-LOANS-004; the skipped test does");
        assertEquals(TestState.NOT_RUN, results.tally("COV-LOANS-004").state());
    }

    @Test
    void aDirectoryStandsForItsTestReportFilesAndEachIsReadOnce() throws IOException {
        report("TEST-a.xml", suite("<testcase name=\"cov_loans_001\" classname=\"A\"/>"));
        report("TEST-b.xml", suite("<testcase name=\"cov_loans_001_again\" classname=\"B\"/>"));
        report("failsafe-summary.xml", "<failsafe-summary result=\"0\"/>");
        report("org.example.A.txt", "Tests run: 1");

        TestResults results = read(dir);

        assertEquals(2, results.reports());
        assertEquals(2, results.tally("COV-LOANS-001").passed());
        assertEquals(List.of(), results.problems());
    }

    @Test
    void aTruncatedReportKeepsTheTestsBeforeTheBreakAndSaysWhere() throws IOException {
        String whole = suite("""
                <testcase name="cov_loans_001" classname="A"/>
                <testcase name="cov_loans_002" classname="A"/>
                """);
        report("TEST-cut.xml", whole.substring(0, whole.indexOf("cov_loans_002") - 5));

        TestResults results = read(dir);

        assertEquals(1, results.tests());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-001").state());
        assertEquals(TestState.NOT_RUN, results.tally("COV-LOANS-002").state());
        ReportProblem problem = only(results);
        assertEquals("TEST-cut.xml", problem.path());
        assertEquals(4, problem.position().line());
        assertTrue(problem.message().startsWith("test report is not well-formed XML: "), problem.message());
    }

    @Test
    void entityExpansionAndExternalEntitiesAreNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "COV-LOANS-001");
        report("TEST-laughs.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE testsuite [
                  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                ]>
                <testsuite name="x"><testcase name="&e;" classname="A"/></testsuite>
                """);
        report("TEST-xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE testsuite SYSTEM "%s">
                <testsuite name="x"><testcase name="cov_loans_002" classname="A"/></testsuite>
                """.formatted(secret.toUri()));
        report("TEST-undeclared.xml", suite("<testcase name=\"&secret;\" classname=\"A\"/>"));

        TestResults results = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> read(dir));

        assertEquals(0, results.tests());
        assertEquals(TestState.NOT_RUN, results.tally("COV-LOANS-001").state(), "the secret file was not read");
        assertEquals(TestState.NOT_RUN, results.tally("COV-LOANS-002").state());
        assertEquals(3, results.problems().size());
        assertEquals("test report has a DOCTYPE, which JUnit XML reports do not have; speclint reads no DTDs, so its "
                + "tests count as not run", results.problems().get(0).message());
        assertEquals(results.problems().get(0).message(), results.problems().get(2).message());
        assertTrue(results.problems().get(1).message().contains("secret"), results.problems().get(1).message());
    }

    @Test
    void deepNestingGarbageAndWrongRootsAreProblemsNotExceptions() throws IOException {
        report("TEST-deep.xml", "<testsuite>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</testsuite>");
        byte[] garbage = new byte[4096];
        new java.util.Random(11).nextBytes(garbage);
        Files.write(dir.resolve("TEST-garbage.xml"), garbage);
        report("TEST-empty.xml", "");
        report("TEST-html.xml", "<html><body/></html>");
        Files.write(dir.resolve("TEST-latin1.xml"), ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<testsuite name=\"\u00e9\"></testsuite>").getBytes(StandardCharsets.ISO_8859_1));
        String late = "<testcase name=\"a\" classname=\"A\"/>\n".repeat(2000)
                + "<testcase name=\"\u00e9\" classname=\"A\"/>\n";
        Files.write(dir.resolve("TEST-latin1-late.xml"), suite(late).getBytes(StandardCharsets.ISO_8859_1));

        TestResults results = read(dir);

        assertEquals(6, results.problems().size(), results.problems().toString());
        for (ReportProblem problem : results.problems()) {
            assertTrue(problem.message().startsWith("test report "), problem.message());
            assertFalse(problem.message().contains("\tat "), problem.message());
        }
        assertTrue(message(results, "TEST-deep.xml").contains("more than 64 deep"));
        assertTrue(message(results, "TEST-html.xml").contains("root element is <html>"));
        assertTrue(message(results, "TEST-latin1.xml").contains("is not valid text in its encoding"));
        assertTrue(message(results, "TEST-latin1-late.xml").contains("is not valid text in its encoding"));
    }

    @Test
    void theEncodingComesFromTheByteOrderMarkOrTheDeclaration() throws IOException {
        Files.write(dir.resolve("TEST-latin1.xml"), ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<testsuite>"
                + "<testcase name=\"cov_loans_001_caf\u00e9\" classname=\"A\"/></testsuite>")
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] utf16 = suite("<testcase name=\"cov_loans_002\" classname=\"A\"/>").replace("UTF-8", "UTF-16")
                .getBytes(StandardCharsets.UTF_16);
        Files.write(dir.resolve("TEST-utf16.xml"), utf16);
        byte[] utf8 = suite("<testcase name=\"cov_loans_003\" classname=\"A\"/>").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Files.write(dir.resolve("TEST-bom.xml"), withBom);

        TestResults results = read(dir);

        assertEquals(List.of(), results.problems());
        assertEquals(3, results.tests());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-001").state());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-002").state());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-003").state());
    }

    @Test
    void aMissingOrOversizedReportIsAProblem() throws IOException {
        Path big = dir.resolve("TEST-big.xml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(JunitXmlReader.MAX_BYTES + 1);
        }

        TestResults results = TestReports.read(List.of(big, dir.resolve("TEST-gone.xml")), IDS, dir);

        assertEquals(2, results.problems().size());
        assertTrue(results.problems().get(0).message().contains("more than the 67,108,864"),
                results.problems().get(0).message());
        assertEquals(new ReportProblem("TEST-gone.xml", io.github.speclint.model.SourcePosition.START,
                "test report does not exist"), results.problems().get(1));
    }

    @Test
    void aHostileNameCostsTimeLinearInItsLength() throws IOException {
        StringBuilder name = new StringBuilder();
        while (name.length() < 4_000_000) {
            name.append("COV-LOANS-");
        }
        report("TEST-long.xml", suite("<testcase name=\"" + name + "001\" classname=\"A\"/>"));

        TestResults results = assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> read(dir));

        assertEquals(List.of(), results.problems());
        assertEquals(1, results.tests());
        assertEquals(TestState.PASSED, results.tally("COV-LOANS-001").state(), "the name ends in COV-LOANS-001");
    }

    private TestResults read(Path location) {
        return TestReports.read(List.of(location), IDS, dir);
    }

    private void report(String name, String xml) throws IOException {
        Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
    }

    private static String suite(String cases) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"org.example.LoanTest\" tests=\"1\">\n"
                + cases + "</testsuite>\n";
    }

    private static ReportProblem only(TestResults results) {
        assertEquals(1, results.problems().size(), results.problems().toString());
        return results.problems().get(0);
    }

    private static String message(TestResults results, String file) {
        return results.problems().stream().filter(p -> p.path().equals(file)).findFirst().orElseThrow().message();
    }
}
