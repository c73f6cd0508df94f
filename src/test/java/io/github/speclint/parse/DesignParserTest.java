package io.github.speclint.parse;

import io.github.speclint.discover.DesignFile;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.DesignImage;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.schema.DesignSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignParserTest {

    private static final String FRONT_MATTER = """
            ---
            id: DSG-FUN-CART-SYSTEM-SEQUENCE
            specifications:
              - ../../../specs/functional/cart.md
            visual_validation:
              status: passed
              validated_at: 2026-09-02T10:00:00Z
            ---

            """;
    private static final String SOURCE = "@startuml\ntitle DSG-FUN-CART-SYSTEM-SEQUENCE\nBuyer -> Shop: add\n@enduml\n";

    @TempDir
    Path dir;

    @Test
    void hashesTheSourceAsSmaqitDoesWhateverTheLineEndingsAndTrailingBlankLines() throws Exception {
        String lf = FRONT_MATTER + "```plantuml\n" + SOURCE + "```\n";
        String crlf = (FRONT_MATTER + "```plantuml\n" + SOURCE + "\n\n```\n").replace("\n", "\r\n");
        String cr = (FRONT_MATTER + "```plantuml\n" + SOURCE + "```\n").replace("\n", "\r");

        String expected = sha256(SOURCE.getBytes(StandardCharsets.UTF_8));
        for (String text : List.of(lf, crlf, cr)) {
            assertEquals(expected, parse("dsg-fun-cart-system-sequence.md", text).body().sourceSha256().orElseThrow());
        }
    }

    @Test
    void readsListItemsAndNestedKeysWithTheirPositions() throws IOException {
        DesignDocument design = parse("dsg-fun-cart-system-sequence.md", FRONT_MATTER + "```plantuml\n" + SOURCE
                + "```\n");

        FrontMatterEntry specifications = design.frontMatter().entry("specifications").orElseThrow();
        assertEquals("../../../specs/functional/cart.md", specifications.children().get(0).value());
        assertEquals(SourcePosition.of(4, 5), specifications.children().get(0).valuePosition());
        FrontMatterEntry attestation = design.frontMatter().entry("visual_validation").orElseThrow();
        assertEquals(List.of("status", "validated_at"), attestation.children().stream().map(FrontMatterEntry::key)
                .toList());
        assertEquals(SourcePosition.of(7, 17), attestation.children().get(1).valuePosition());
    }

    @Test
    void findsTheTitleLineAndIncludeDirectivesInTheBlock() throws IOException {
        DesignDocument design = parse("dsg-fun-cart-system-sequence.md", FRONT_MATTER + "```plantuml\n@startuml\n"
                + "title Cart\n  !include   x.puml\n' !include commented\n@enduml\n```\n");

        assertEquals("title Cart", design.body().afterStart().orElseThrow().text());
        assertEquals(SourcePosition.of(12, 1), design.body().afterStart().orElseThrow().position());
        assertEquals(List.of(SourcePosition.of(13, 3)), design.body().includes().stream()
                .map(line -> line.position()).toList());
        assertEquals(List.of(), design.body().problems());
    }

    @Test
    void readsThePngSizeFromItsHeaderAloneEvenWhenItClaimsToBeHuge() throws Exception {
        byte[] header = ByteBuffer.allocate(24).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(0xFFFFFFFF).putInt(0x7FFFFFFF)
                .array();
        Files.write(dir.resolve("dsg-fun-cart-system-sequence.png"), header);

        DesignImage image = parse("dsg-fun-cart-system-sequence.md", FRONT_MATTER + "```plantuml\n" + SOURCE
                + "```\n").image().orElseThrow();

        assertEquals(DesignImage.State.OK, image.state());
        assertEquals(4_294_967_295L, image.width());
        assertEquals(2_147_483_647L, image.height());
        assertEquals(sha256(header), image.sha256().orElseThrow());
    }

    @Test
    void neitherFollowsASymlinkedImageNorOpensAFolderNamedLikeOne() throws IOException {
        Path real = Files.write(dir.resolve("real.png"), new byte[] {1, 2, 3});
        Files.createSymbolicLink(dir.resolve("dsg-fun-a-state.png"), real);
        Files.createDirectory(dir.resolve("dsg-fun-b-state.png"));

        assertEquals(DesignImage.State.SYMLINK, parse("dsg-fun-a-state.md", FRONT_MATTER).image().orElseThrow()
                .state());
        assertEquals(DesignImage.State.NOT_REGULAR, parse("dsg-fun-b-state.md", FRONT_MATTER).image().orElseThrow()
                .state());
        assertEquals(DesignImage.State.MISSING, parse("dsg-fun-c-state.md", FRONT_MATTER).image().orElseThrow()
                .state());
    }

    @Test
    void aDesignOverTheSizeLimitIsReportedNotRead() throws IOException {
        Path file = Files.writeString(dir.resolve("dsg-fun-big-state.md"), FRONT_MATTER + "x".repeat(2000));

        DesignDocument design = new DesignParser(1000, DesignSchema.builtIn())
                .parse(new DesignFile(file, "dsg-fun-big-state.md", "", false));

        assertTrue(design.problem().isPresent());
        assertTrue(design.image().isEmpty());
    }

    private DesignDocument parse(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        return new DesignParser(1 << 20, DesignSchema.builtIn()).parse(new DesignFile(file, name, "", false));
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
