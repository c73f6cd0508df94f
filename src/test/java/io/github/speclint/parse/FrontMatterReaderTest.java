package io.github.speclint.parse;

import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.YamlProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterReaderTest {

    @Test
    void readsKeysWithTheirShapeSourceAndPosition() {
        FrontMatter frontMatter = FrontMatterReader.read("id: BUS-X\ncreated: [TIMESTAMP]\nupdated:\n", 2);

        assertTrue(frontMatter.readable());
        FrontMatterEntry id = frontMatter.entry("id").orElseThrow();
        assertEquals("BUS-X", id.value());
        assertEquals(SourcePosition.of(2, 1), id.keyPosition());
        assertEquals(SourcePosition.of(2, 5), id.valuePosition());
        FrontMatterEntry created = frontMatter.entry("created").orElseThrow();
        assertEquals(FrontMatterEntry.Kind.LIST, created.kind());
        assertEquals("[TIMESTAMP]", created.source());
        assertEquals(FrontMatterEntry.Kind.EMPTY, frontMatter.entry("updated").orElseThrow().kind());
    }

    @Test
    void datesStayTextBecauseNothingIsConstructed() {
        FrontMatter frontMatter = FrontMatterReader.read("created: 2026-01-22\nimplemented: 2026-01-30T23:25:24Z\n", 2);

        assertEquals("2026-01-22", frontMatter.value("created").orElseThrow());
        assertEquals("2026-01-30T23:25:24Z", frontMatter.value("implemented").orElseThrow());
    }

    @Test
    void reportsADuplicateKeyAndKeepsTheFirstValue() {
        FrontMatter frontMatter = FrontMatterReader.read("status: draft\nid: BUS-X\nstatus: done\n", 2);

        assertEquals("draft", frontMatter.value("status").orElseThrow());
        assertEquals(List.of(YamlProblem.Kind.DUPLICATE_KEY), kinds(frontMatter));
        assertEquals(SourcePosition.of(4, 1), frontMatter.problems().get(0).position());
        assertTrue(frontMatter.readable(), "a duplicate key does not make the rest unreadable");
    }

    @Test
    void reportsATypeTagWithoutActingOnIt() {
        FrontMatter frontMatter = FrontMatterReader.read("id: !!java.lang.Runtime BUS-X\nstatus: draft\n", 2);

        assertEquals(List.of(YamlProblem.Kind.UNSAFE_TAG), kinds(frontMatter));
        assertTrue(frontMatter.problems().get(0).message().contains("!!java.lang.Runtime"));
        assertEquals(SourcePosition.of(2, 5), frontMatter.problems().get(0).position());
    }

    @Test
    void reportsSyntaxErrorsAtYamlsPositionInFileLines() {
        FrontMatter frontMatter = FrontMatterReader.read("id: BUS-X\nstatus: \"draft\nnext: 1\n", 2);

        assertEquals(List.of(YamlProblem.Kind.SYNTAX), kinds(frontMatter));
        assertTrue(frontMatter.problems().get(0).position().line() >= 3);
    }

    @Test
    @Timeout(5)
    void anAliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char previous = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [");
            yaml.append(("*" + previous + ", ").repeat(8)).append("*").append(previous).append("]\n");
        }

        FrontMatter frontMatter = FrontMatterReader.read(yaml.toString(), 2);

        assertEquals(List.of(YamlProblem.Kind.TOO_COMPLEX), kinds(frontMatter));
    }

    @Test
    @Timeout(5)
    void aHugeOrDeepBlockIsRefused() {
        assertEquals(List.of(YamlProblem.Kind.TOO_COMPLEX),
                kinds(FrontMatterReader.read("k: " + "x".repeat(70_000) + "\n", 2)));
        assertEquals(List.of(YamlProblem.Kind.TOO_COMPLEX),
                kinds(FrontMatterReader.read("k: " + "[".repeat(100) + "]".repeat(100) + "\n", 2)));
    }

    @Test
    void aListOrTextIsNotFrontMatter() {
        assertEquals(List.of(YamlProblem.Kind.NOT_A_MAPPING), kinds(FrontMatterReader.read("- id\n- status\n", 2)));
        assertEquals(List.of(YamlProblem.Kind.NOT_A_MAPPING), kinds(FrontMatterReader.read("just words\n", 2)));
    }

    private static List<YamlProblem.Kind> kinds(FrontMatter frontMatter) {
        return frontMatter.problems().stream().map(YamlProblem::kind).toList();
    }
}
