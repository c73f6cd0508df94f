package org.example.library;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The class name carries the test case id: every test in it counts for COV-LOANS-008. */
class COV_LOANS_008_BuildTest {

    @Test
    void theLibraryBuilds() {
        assertEquals(3, Loans.MAX_TOOLS);
    }
}
