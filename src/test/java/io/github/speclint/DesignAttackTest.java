package io.github.speclint;

import io.github.speclint.model.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Design artifacts are written by attackers too: each shape below (a design, a PNG or a spec's Design References
 * made as large or as repetitive as the limits allow) is checked within {@value #LIMIT_MILLIS} ms of the JVM's CPU
 * and ends as findings, never as an internal error, so no design check is super-linear in its input.
 */
class DesignAttackTest {

    static final long LIMIT_MILLIS = 2_000;
    private static final String DESIGN = "docs/designs/business/dsg-bus-attack-use-case.md";
    private static final String SPEC = "specs/business/uc1-attack.md";

    @TempDir
    static Path warmUp;

    @TempDir
    Path project;

    /** A shape: files (relative to the project) with their bytes. */
    record Shape(String name, Map<String, byte[]> files) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void warmUp() throws IOException {
        for (Shape shape : shapes(20)) {
            lint(warmUp.resolve(shape.name().replaceAll("[^a-z0-9]+", "-")), shape);
        }
    }

    static List<Shape> shapes() {
        return shapes(1);
    }

    static List<Shape> shapes(int divisor) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(design("specifications listing one spec 1,400 times (front matter near its 64 K limit)", frontMatter(
                "  - ../../../specs/business/uc1-attack.md\n".repeat(1_400 / divisor), "  - BUS-ATTACK-001\n")
                + block("title DSG-BUS-ATTACK-USE-CASE\n")));
        shapes.add(design("specifications listing 1,400 missing specs", frontMatter(numbered(
                "  - ../../../specs/business/gone-%d.md\n", 1_400 / divisor), "  - BUS-ATTACK-001\n")
                + block("title DSG-BUS-ATTACK-USE-CASE\n")));
        shapes.add(design("requirements listing 1,400 ids, each twice", frontMatter(
                "  - ../../../specs/business/uc1-attack.md\n", numbered("  - BUS-ATTACK-%d\n  - BUS-ATTACK-%<d\n",
                        1_400 / divisor)) + block("title DSG-BUS-ATTACK-USE-CASE\n")));
        shapes.add(design("diagram of 50,000 !include lines", frontMatter(
                "  - ../../../specs/business/uc1-attack.md\n", "  - BUS-ATTACK-001\n")
                + block("title DSG-BUS-ATTACK-USE-CASE\n" + "!include x.puml\n".repeat(50_000 / divisor))));
        shapes.add(design("diagram of 100,000 @startuml lines and stray fences", frontMatter(
                "  - ../../../specs/business/uc1-attack.md\n", "  - BUS-ATTACK-001\n")
                + block("@startuml\n```x\n".repeat(100_000 / divisor))));
        shapes.add(design("4.9 MB of prose after the block", frontMatter(
                "  - ../../../specs/business/uc1-attack.md\n", "  - BUS-ATTACK-001\n")
                + block("title DSG-BUS-ATTACK-USE-CASE\n") + "x".repeat(4_900_000 / divisor)));
        shapes.add(design("title line of 4.9 MB", frontMatter("  - ../../../specs/business/uc1-attack.md\n",
                "  - BUS-ATTACK-001\n") + block("title " + "T".repeat(4_900_000 / divisor) + "\n")));
        Shape huge = design("PNG header claiming 4,294,967,295 × 4,294,967,295 pixels", frontMatter(
                "  - ../../../specs/business/uc1-attack.md\n", "  - BUS-ATTACK-001\n")
                + block("title DSG-BUS-ATTACK-USE-CASE\n"));
        huge.files().put(DESIGN.replace(".md", ".png"), ByteBuffer.allocate(24)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13)
                .put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(-1).putInt(-1).array());
        shapes.add(huge);
        Map<String, byte[]> copies = new LinkedHashMap<>();
        copies.put(SPEC, spec("").getBytes(StandardCharsets.UTF_8));
        String one = frontMatter("  - ../../../specs/business/uc1-attack.md\n", "  - BUS-ATTACK-001\n")
                + block("title DSG-BUS-ATTACK-USE-CASE\n");
        for (int i = 0; i < 1_000 / divisor; i++) {
            copies.put("docs/designs/business/dsg-bus-attack-" + i + ".md", one.getBytes(StandardCharsets.UTF_8));
        }
        shapes.add(new Shape("1,000 designs with one id", copies));
        Map<String, byte[]> links = new LinkedHashMap<>();
        links.put(SPEC, spec(numbered("- [DSG-BUS-X-%d-USE-CASE](../../docs/designs/business/x/y/z/dsg-%<d.md)"
                + " · [Image](../../../../outside/%<d.png)\n", 2_500 / divisor)).getBytes(StandardCharsets.UTF_8));
        shapes.add(new Shape("Design References with 5,000 links to missing designs", links));
        return shapes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void eachShapeIsCheckedInBoundedTimeAndEndsAsFindings(Shape shape) throws IOException {
        Measured run = lint(project, shape);
        for (int retry = 0; retry < 2 && run.cpuMillis > LIMIT_MILLIS; retry++) {
            run = lint(project, shape);
        }
        System.out.printf("design attack %-58s %,7d findings, %,6d ms CPU, %,6d ms wall; %s%n", shape,
                run.findings.size(), run.cpuMillis, run.wallMillis,
                run.findings.stream().map(Finding::ruleId).filter(id -> id.startsWith("design")).distinct().sorted()
                        .toList());

        assertTrue(run.cpuMillis <= LIMIT_MILLIS, shape + " took " + run.cpuMillis + " ms of CPU");
        assertFalse(run.findings.stream().noneMatch(f -> f.ruleId().startsWith("design-")), shape
                + " gave no design finding");
        assertTrue(run.findings.stream().noneMatch(f -> f.ruleId().equals(Linter.INTERNAL_ERROR)),
                run.findings.stream().filter(f -> f.ruleId().equals(Linter.INTERNAL_ERROR)).toList().toString());
    }

    private static Measured lint(Path project, Shape shape) throws IOException {
        for (Map.Entry<String, byte[]> file : shape.files().entrySet()) {
            Path path = project.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        long cpu = processCpuNanos();
        long wall = System.nanoTime();
        List<Finding> findings = new Linter().lint(LintRequest.of(project.resolve("specs"), project)).findings();
        return new Measured(findings, (processCpuNanos() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
    }

    private static Shape design(String name, String text) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(DESIGN, text.getBytes(StandardCharsets.UTF_8));
        files.put(SPEC, spec("- [DSG-BUS-ATTACK-USE-CASE](../../docs/designs/business/dsg-bus-attack-use-case.md)"
                + " · [Image](../../docs/designs/business/dsg-bus-attack-use-case.png)\n")
                .getBytes(StandardCharsets.UTF_8));
        return new Shape(name, files);
    }

    private static String frontMatter(String specifications, String requirements) {
        return "---\nid: DSG-BUS-ATTACK-USE-CASE\nstatus: draft\ncreated: 2026-09-01\nlayer: business\n"
                + "diagram_type: use-case\nnotation: plantuml\nspecifications:\n" + specifications + "requirements:\n"
                + requirements + "source_sha256: \"x\"\nimage_sha256: \"y\"\nvisual_validation:\n  status: passed\n"
                + "  validated_at: 2026-09-02T10:00:00Z\n  source_sha256: \"x\"\n  image_sha256: \"y\"\n---\n\n";
    }

    private static String block(String diagram) {
        return "```plantuml\n@startuml\n" + diagram + "@enduml\n```\n";
    }

    private static String spec(String designReferences) {
        return "---\nid: BUS-ATTACK\nstatus: draft\ncreated: 2026-01-01\n---\n\n# UC1-ATTACK: Attack\n\n"
                + "## Design References\n\n" + designReferences + "\n## Acceptance Criteria\n\n"
                + "- [ ] BUS-ATTACK-001: a\n\n---\n\n*Generated with smaqit v3.6.0*\n";
    }

    private static String numbered(String format, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(String.format(format, i));
        }
        return text.toString();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private record Measured(List<Finding> findings, long cpuMillis, long wallMillis) {
    }
}
