package org.example.library;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Test cases of docs/coverage/loan-tests.md, each named after its id. COV-LOANS-009 has no test yet. */
class LoanTest {

    private final Loans loans = new Loans();

    @Test
    void cov_loans_001_aFreeToolCanBeReserved() {
        assertTrue(loans.mayBorrow(0));
    }

    @Test
    @DisplayName("COV-LOANS-002 a fourth tool is refused")
    void fourthToolIsRefused() {
        assertFalse(loans.mayBorrow(3), "a member holding three tools may not borrow a fourth");
    }

    @Test
    void cov_loans_003_aLoanIsDueWithinFourteenDays() {
        assertTrue(loans.dueInDays() <= 14);
    }

    @Test
    void cov_loans_004_theReminderComesADayEarly() {
        assertEquals(1, loans.reminderDaysBefore());
    }

    @Test
    void cov_loans_005_aReturnedToolIsReservable() {
        assertTrue(loans.reservable(true, false));
    }

    @Test
    void cov_loans_006_aDamagedToolIsNot() {
        assertFalse(loans.reservable(true, true));
    }

    @Test
    void cov_loans_007_aReservationHasAReference() {
        assertEquals(14, Loans.LOAN_DAYS);
    }

    @Test
    void cov_loans_010_fullDisksRaiseAnAlert() {
        assertTrue(loans.alert(86));
    }
}
