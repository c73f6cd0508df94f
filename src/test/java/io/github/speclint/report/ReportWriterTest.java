package io.github.speclint.report;

import io.github.speclint.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reports go to a new file that is renamed over the old one: never written through a link standing there. */
class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void aSymlinkPlantedWhereAReportGoesIsReplacedAndItsTargetLeftAlone() throws IOException {
        Path spec = Files.writeString(dir.resolve("spec.md"), "# a spec someone wants overwritten\n");
        Path output = Files.createDirectories(dir.resolve("target/speclint"));
        for (ReportFormat format : EnumSet.of(ReportFormat.SARIF, ReportFormat.JSON, ReportFormat.JUNIT,
                ReportFormat.CHECKSTYLE, ReportFormat.HTML)) {
            Files.createSymbolicLink(output.resolve(format.fileName().orElseThrow()), spec);
        }

        List<Path> written = ReportWriter.write(EnumSet.allOf(ReportFormat.class), Reports.lint(Reports.GAPS),
                output);

        assertEquals(5, written.size());
        assertEquals("# a spec someone wants overwritten\n", Files.readString(spec));
        for (Path report : written) {
            assertFalse(Files.isSymbolicLink(report), report + " is still a link");
            assertTrue(Files.size(report) > 1000, report.toString());
        }
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(5, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aReportThatFailsHalfwayLeavesThePreviousReportAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(dir.resolve("speclint.sarif"), "previous run");
        Report failing = (LintResult result, Path target) -> {
            Files.writeString(target, "half a rep");
            throw new IOException("disk full");
        };

        assertThrows(IOException.class, () -> ReportWriter.writeSafely(failing, null, file));

        assertEquals("previous run", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aNewReportGetsTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path file = dir.resolve("speclint.json");

        ReportWriter.writeSafely((result, target) -> Files.writeString(target, "{}"), null, file);

        Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(permissions), "as any file created here");
    }
}
