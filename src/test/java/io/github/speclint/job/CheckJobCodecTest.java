package io.github.speclint.job;

import io.github.speclint.LintRequest;
import io.github.speclint.discover.SpecRoot;
import io.github.speclint.report.ReportFormat;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A check job survives the trip to a forked JVM whole, whatever its paths hold, and a broken stream is refused. */
class CheckJobCodecTest {

    private static final CheckJob FULL = new CheckJob(
            new LintRequest(List.of(new SpecRoot("api", Path.of("/p/api/docs")),
                    new SpecRoot("web\nmodule", Path.of("/p/web/dö cs\\x"))), Path.of("/p"),
                    List.of("**/*.md", "specs/**"), List.of("drafts/**"), "3.6", 1234L,
                    Set.of(Path.of("/p/target"), Path.of("/p/api/target")), List.of(Path.of("/p/target/reports")),
                    Path.of("/p/docs/designs")),
            Path.of("/p/templates"), Path.of("/p"), "section-unknown:off,table-columns:warning",
            LocalDate.of(2026, 11, 27), Path.of("/p/speclint-baseline.json"), Path.of("/p/target/speclint"),
            true, EnumSet.of(ReportFormat.SARIF, ReportFormat.HTML, ReportFormat.GITHUB), Path.of("/p/target/speclint"),
            "speclint: outputDirectory lies inside the spec tree", "aggregate of api, web",
            Path.of("/tmp/summary.md"), "de-CH");

    private static final CheckJob BARE = new CheckJob(LintRequest.of(Path.of("docs"), Path.of(".")), null,
            Path.of("."), "", LocalDate.of(2026, 1, 1), null, null, false, Set.of(), Path.of("target/speclint"),
            null, "", null, "en");

    @Test
    void everyValueComesBackAsItWasWritten() throws IOException {
        assertEquals(FULL, roundTrip(FULL));
    }

    @Test
    void absentValuesComeBackAbsent() throws IOException {
        assertEquals(BARE, roundTrip(BARE));
    }

    @Test
    void aStreamCutShortIsRefused() throws IOException {
        byte[] bytes = bytes(FULL);
        for (int length : new int[] {0, 3, 4, 20, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = Arrays.copyOf(bytes, length);
            assertThrows(IOException.class, () -> CheckJobCodec.read(new ByteArrayInputStream(cut)),
                    "cut at " + length);
        }
    }

    @Test
    void anotherVersionIsRefused() throws IOException {
        byte[] bytes = bytes(BARE);
        ByteBuffer.wrap(bytes).putInt(0, 99);
        IOException refused = assertThrows(IOException.class,
                () -> CheckJobCodec.read(new ByteArrayInputStream(bytes)));
        assertEquals("a check job of version 99 where 2 was expected", refused.getMessage());
    }

    @Test
    void anImpossibleLengthIsRefusedBeforeAnythingIsAllocated() throws IOException {
        byte[] bytes = bytes(BARE);
        ByteBuffer.wrap(bytes).putInt(8, Integer.MAX_VALUE);  // the length of the first root's module name
        IOException refused = assertThrows(IOException.class,
                () -> CheckJobCodec.read(new ByteArrayInputStream(bytes)));
        assertEquals("a string of 2147483647 bytes in a check job", refused.getMessage());
    }

    private static CheckJob roundTrip(CheckJob job) throws IOException {
        return CheckJobCodec.read(new ByteArrayInputStream(bytes(job)));
    }

    private static byte[] bytes(CheckJob job) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CheckJobCodec.write(job, out);
        return out.toByteArray();
    }
}
