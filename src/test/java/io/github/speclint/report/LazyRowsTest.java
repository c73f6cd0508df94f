package io.github.speclint.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A table's rows are worked out one by one as they are drawn, and the table keeps them lazy. */
class LazyRowsTest {

    @Test
    void rowsAreWorkedOutWhenDrawnNotBefore() {
        AtomicInteger made = new AtomicInteger();
        List<String> rows = LazyRows.mapped(List.of(1, 2, 3), n -> {
            made.incrementAndGet();
            return "row " + n;
        });

        assertEquals(0, made.get(), "nothing worked out before the rows are drawn");
        assertEquals(List.of("row 1", "row 2", "row 3"), List.copyOf(rows));
        assertEquals(3, made.get());
        assertThrows(IndexOutOfBoundsException.class, () -> rows.get(3));
        assertThrows(UnsupportedOperationException.class, () -> rows.add("row 4"));
    }

    @Test
    void aTableKeepsLazyRowsAsTheyAre() {
        List<List<ReportTable.Cell>> rows = LazyRows.mapped(List.of("a"), text -> List.of(ReportTable.Cell.of(text)));
        ReportTable table = new ReportTable("t", "T", "", List.of("h"), rows, "none");

        assertSame(rows, table.rows());
    }
}
