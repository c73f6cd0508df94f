package io.github.speclint.fix;

import io.github.speclint.LintRequest;
import io.github.speclint.Linter;
import io.github.speclint.model.Finding;
import io.github.speclint.scaffold.SpecTreeWriter;
import io.github.speclint.scaffold.SpecWriteRefused;
import io.github.speclint.scaffold.Templates;
import io.github.speclint.schema.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** speclint:fix over a tree: planned without writing, applied file by file, never through a link. */
class FixRunTest {

    @TempDir
    Path specs;

    @Test
    void planningWritesNothingAndApplyingRemovesTheStructuralFindings() throws IOException {
        Path spec = write("business/uc1-shop.md", SpecFixerTest.GAPS);

        FixRun.Result planned = plan();

        assertEquals(List.of("business/uc1-shop.md"), planned.fixed().stream().map(FileFix::path).toList());
        assertEquals(SpecFixerTest.GAPS, Files.readString(spec), "a plan writes nothing");
        assertEquals(List.of(), FixRun.apply(planned, specs));
        assertEquals(SpecFixerTest.FIXED, Files.readString(spec));
        assertEquals(List.of(), structural(new Linter().lint(LintRequest.of(specs, specs)).findings()));
        assertEquals(List.of(), plan().fixed(), "a second run finds nothing to fix");
    }

    @Test
    void aSpecWithoutAFooterGetsTheFooterOfTheSmaqitVersionItsTreeIsWrittenIn() throws IOException {
        String olderTree = "created: 2026-01-01\nprompt_version: user-request\n";
        for (String useCase : List.of("UC2-CART", "UC3-PAY")) {
            write("business/" + useCase.toLowerCase() + ".md", SpecFixerTest.FIXED.replace("UC1-SHOP", useCase)
                    .replace("SHOP", useCase.substring(4)).replace("created: 2026-01-01\n", olderTree)
                    .replace("smaqit v1.0", "smaqit v0.6.2-beta"));
        }
        Path spec = write("business/uc1-shop.md", SpecFixerTest.GAPS.replace("created: 2026-01-01\n", olderTree));

        FixRun.apply(plan(), specs);

        assertEquals(SpecFixerTest.FIXED.replace("created: 2026-01-01\n", olderTree)
                .replace("smaqit v1.0", "smaqit v0.6.2-beta"), Files.readString(spec));
        assertEquals(List.of(), structural(new Linter().lint(LintRequest.of(specs, specs)).findings()));
        assertEquals(List.of(), plan().fixed(), "a second run finds nothing to fix");
    }

    @Test
    void aFileKeepsItsPermissions() throws IOException {
        Path spec = write("business/uc1-shop.md", SpecFixerTest.GAPS);
        Files.setPosixFilePermissions(spec, PosixFilePermissions.fromString("rw-r-----"));

        FixRun.apply(plan(), specs);

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(spec)));
    }

    @Test
    void aSpecThatIsASymbolicLinkIsNotFixed(@TempDir Path elsewhere) throws IOException {
        Path target = elsewhere.resolve("outside.md");
        Files.writeString(target, SpecFixerTest.GAPS);
        Files.createDirectories(specs.resolve("business"));
        Files.createSymbolicLink(specs.resolve("business/uc1-shop.md"), target);

        FixRun.Result planned = plan();

        assertEquals(List.of(), planned.files(), "discovery does not follow links, so fix does not see it");
        FixRun.apply(planned, specs);
        assertEquals(SpecFixerTest.GAPS, Files.readString(target));
    }

    @Test
    void aSpecInALinkedFolderOutsideTheSpecDirectoryIsNotFixedAndADryRunSaysSo(@TempDir Path project)
            throws IOException {
        Path tree = Files.createDirectories(project.resolve("specs"));
        Path outside = Files.createDirectories(project.resolve("elsewhere/business")).resolve("uc1-shop.md");
        Files.writeString(outside, SpecFixerTest.GAPS);
        Files.createSymbolicLink(tree.resolve("business"), outside.getParent());
        SchemaCatalog catalog = SchemaCatalog.builtIn();

        FixRun.Result planned = FixRun.plan(new Linter(catalog), LintRequest.of(tree, project), new SpecFixer(
                new Templates(catalog, Optional.empty()), Optional.empty(), LintRequest.DEFAULT_MAX_FILE_BYTES));

        assertEquals(List.of("specs/business/uc1-shop.md"), planned.files().stream().map(FileFix::path).toList(),
                "discovery follows a linked folder within the project");
        assertEquals(List.of(), planned.fixed());
        assertEquals(Optional.of("it lies at " + outside.toRealPath() + ", outside the spec directory "
                + tree.toRealPath() + " (reached through a symbolic link); speclint writes only inside it"),
                planned.files().get(0).problem());
        assertEquals(List.of(), FixRun.apply(planned, tree));
        assertEquals(SpecFixerTest.GAPS, Files.readString(outside));
    }

    @Test
    void aSpecChangedSinceItWasReadIsNotOverwritten() throws IOException {
        Path spec = write("business/uc1-shop.md", SpecFixerTest.GAPS);
        FixRun.Result planned = plan();
        Files.writeString(spec, SpecFixerTest.GAPS + "\nNew text.\n");

        List<String> refused = FixRun.apply(planned, specs);

        assertEquals(List.of("business/uc1-shop.md: not written: it changed since speclint read it; run the fix "
                + "again"), refused);
        assertEquals(SpecFixerTest.GAPS + "\nNew text.\n", Files.readString(spec));
    }

    @Test
    void theWriterRefusesLinksAndFilesOutsideTheSpecDirectory(@TempDir Path elsewhere) throws IOException {
        Path outside = elsewhere.resolve("x.md");
        Files.writeString(outside, "x");
        Files.createSymbolicLink(specs.resolve("link.md"), outside);
        SpecTreeWriter writer = new SpecTreeWriter(specs);
        byte[] x = "x".getBytes(StandardCharsets.UTF_8);

        assertThrows(SpecWriteRefused.class, () -> writer.replace(specs.resolve("link.md"), x, x));
        assertThrows(SpecWriteRefused.class, () -> writer.replace(outside, x, "y".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x", Files.readString(outside));
        try (var left = Files.list(specs)) {
            assertEquals(List.of(specs.resolve("link.md")), left.toList(), "no temporary file is left behind");
        }
    }

    private FixRun.Result plan() throws IOException {
        SchemaCatalog catalog = SchemaCatalog.builtIn();
        return FixRun.plan(new Linter(catalog), LintRequest.of(specs, specs), new SpecFixer(
                new Templates(catalog, Optional.empty()), Optional.empty(), LintRequest.DEFAULT_MAX_FILE_BYTES));
    }

    private static List<String> structural(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId)
                .filter(rule -> List.of("section-missing", "table-columns", "footer-missing").contains(rule)).toList();
    }

    private Path write(String path, String text) throws IOException {
        Path file = specs.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        assertTrue(Files.isRegularFile(file));
        return file;
    }
}
