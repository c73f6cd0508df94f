package io.github.speclint.tests;

import io.github.speclint.model.SourcePosition;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JUnit XML reports at the given places (a directory stands for its {@code TEST-*.xml} files, the name
 * Surefire, Failsafe, Gradle and JUnit's console launcher give them) and counts, per coverage test case id, the
 * tests that carry it in their name, display name or class name. Each report is read once, in parallel with the
 * others.
 */
public final class TestReports {

    private static final String REPORT_GLOB = "TEST-*.xml";

    private TestReports() {
    }

    /**
     * @param locations  report files and directories of report files
     * @param testCaseIds the coverage test case ids to look for
     * @param base       report paths in problems are relative to it when they lie below it
     */
    public static TestResults read(List<Path> locations, Collection<String> testCaseIds, Path base) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        List<ReportProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path location : locations) {
            Path absolute = location.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                listReports(absolute, absoluteBase, files, problems);
            } else {
                files.add(absolute);
            }
        }
        TestIdMatcher matcher = new TestIdMatcher(testCaseIds);
        List<FileResult> results = files.parallelStream()
                .map(file -> readOne(file, display(file, absoluteBase), matcher)).toList();
        Map<String, TestTally> tallies = new HashMap<>();
        int tests = 0;
        for (FileResult result : results) {
            result.tallies().forEach((id, tally) -> tallies.merge(id, tally, TestTally::plus));
            result.problem().ifPresent(problems::add);
            tests += result.tests();
        }
        return new TestResults(tallies, problems, files.size(), tests);
    }

    private static void listReports(Path directory, Path base, List<Path> files, List<ReportProblem> problems) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> reports = Files.newDirectoryStream(directory, REPORT_GLOB)) {
            reports.forEach(found::add);
        } catch (IOException e) {
            problems.add(new ReportProblem(display(directory, base), SourcePosition.START,
                    "test report directory cannot be listed (" + e.getClass().getSimpleName() + ")"));
        }
        found.sort(null);
        files.addAll(found);
    }

    private static FileResult readOne(Path file, String displayPath, TestIdMatcher matcher) {
        Map<String, TestTally> tallies = new HashMap<>();
        int[] tests = {0};
        Set<String> carried = new HashSet<>();
        Optional<ReportProblem> problem = JunitXmlReader.read(file, displayPath, test -> {
            tests[0]++;
            carried.clear();
            matcher.find(test.name(), carried);
            matcher.find(test.displayName(), carried);
            matcher.find(test.className(), carried);
            TestTally one = carried.isEmpty() ? null : TestTally.of(test);
            carried.forEach(id -> tallies.merge(id, one, TestTally::plus));
        });
        return new FileResult(tallies, problem, tests[0]);
    }

    /** The path relative to the base with forward slashes, or absolute when it lies elsewhere. */
    private static String display(Path file, Path base) {
        Path shown = file.startsWith(base) ? base.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private record FileResult(Map<String, TestTally> tallies, Optional<ReportProblem> problem, int tests) {
    }
}
