package io.github.speclint;

import io.github.speclint.attack.AttackShapes;
import io.github.speclint.attack.AttackShapes.Shape;
import io.github.speclint.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each attacker's shape, one spec file of up to 5 MiB, is checked within {@value #LIMIT_MILLIS} ms and ends as
 * findings, never as an internal error. Time is the CPU time of the whole JVM (lint threads, garbage collector and
 * compiler) while the file is checked: unlike the wall clock it does not grow when other builds share the machine,
 * and on an idle machine the wall clock is at most about this. A shape over the limit is measured up to twice more,
 * so a one-time cost of the JVM (compiling, growing the heap) does not count against the file.
 */
class AttackInputTest {

    static final long LIMIT_MILLIS = 2_000;

    @TempDir
    static Path warmUp;

    @TempDir
    Path project;

    @BeforeAll
    static void warmUp() throws IOException {
        for (Shape shape : AttackShapes.all(20)) {
            lint(warmUp.resolve(shape.fileName().replace(".md", "")), shape);
        }
    }

    static List<Shape> shapes() {
        return AttackShapes.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void eachShapeIsCheckedInBoundedTimeAndEndsAsFindings(Shape shape) throws IOException {
        Measured run = lint(project, shape);
        for (int retry = 0; retry < 2 && run.cpuMillis > LIMIT_MILLIS; retry++) {
            run = lint(project, shape);
        }
        System.out.printf("attack %-45s %,10d bytes: %,7d findings, %,6d ms CPU, %,6d ms wall; %s%n", shape,
                shape.content().getBytes(StandardCharsets.UTF_8).length, run.findings.size(), run.cpuMillis,
                run.wallMillis, run.findings.stream().map(Finding::ruleId).distinct().sorted().toList());

        assertTrue(run.cpuMillis <= LIMIT_MILLIS, shape + " took " + run.cpuMillis + " ms of CPU");
        assertFalse(run.findings.isEmpty(), shape + " gave no finding");
        assertTrue(run.findings.stream().noneMatch(f -> f.ruleId().equals(Linter.INTERNAL_ERROR)),
                run.findings.stream().filter(f -> f.ruleId().equals(Linter.INTERNAL_ERROR)).toList().toString());
    }

    private static Measured lint(Path project, Shape shape) throws IOException {
        Path file = project.resolve("docs").resolve(shape.folder()).resolve(shape.fileName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, shape.content(), StandardCharsets.UTF_8);
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        List<Finding> findings = new Linter().lint(LintRequest.of(project.resolve("docs"), project)).findings();
        return new Measured(findings, (processCpuNanos() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private record Measured(List<Finding> findings, long cpuMillis, long wallMillis) {
    }
}
