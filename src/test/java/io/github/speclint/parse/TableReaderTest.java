package io.github.speclint.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class TableReaderTest {

    /** A row as written, and the cells GFM splits it into: outer pipes optional, taken once, escaped pipes text. */
    static Stream<Arguments> rows() {
        return Stream.of(
                arguments("| a | b | c |", 3),
                arguments("a | b | c", 3),
                arguments("| a \\| still a | b |", 2),
                arguments("| a | | c |", 3),
                arguments("| only |", 1),
                arguments("  \t| a | b |\u2003 ", 2),
                arguments("|", 1),
                arguments("||", 1),
                arguments("|||", 2),
                arguments("\\|", 1),
                arguments("|\\|", 1),
                arguments("| a | b \\|", 2),
                arguments("", 1));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void countsCellsAsGfmSplitsThem(String row, int cells) {
        assertEquals(cells, TableReader.writtenCells(row));
    }
}
