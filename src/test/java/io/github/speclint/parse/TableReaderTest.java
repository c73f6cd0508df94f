package io.github.speclint.parse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableReaderTest {

    @Test
    void countsCellsAsGfmSplitsThem() {
        assertEquals(3, TableReader.writtenCells("| a | b | c |"));
        assertEquals(3, TableReader.writtenCells("a | b | c"));
        assertEquals(2, TableReader.writtenCells("| a \\| still a | b |"));
        assertEquals(3, TableReader.writtenCells("| a | | c |"));
        assertEquals(1, TableReader.writtenCells("| only |"));
    }

    @Test
    void takesTheOuterPipesOnceAndKeepsAnEscapedLastOne() {
        assertEquals(2, TableReader.writtenCells("  \t| a | b |\u2003 "));
        assertEquals(1, TableReader.writtenCells("|"));
        assertEquals(1, TableReader.writtenCells("||"));
        assertEquals(2, TableReader.writtenCells("|||"));
        assertEquals(1, TableReader.writtenCells("\\|"));
        assertEquals(1, TableReader.writtenCells("|\\|"));
        assertEquals(2, TableReader.writtenCells("| a | b \\|"));
        assertEquals(1, TableReader.writtenCells(""));
    }
}
