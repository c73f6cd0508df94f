package org.example.library;

/** The lending rules of a tool library. */
public final class Loans {

    public static final int MAX_TOOLS = 3;
    public static final int LOAN_DAYS = 14;

    /** Whether a member holding this many tools may borrow one more. */
    public boolean mayBorrow(int held) {
        return held <= MAX_TOOLS; // the bug the test case COV-LOANS-002 catches: a fourth tool is allowed
    }

    public int dueInDays() {
        return LOAN_DAYS;
    }

    public int reminderDaysBefore() {
        return 1;
    }

    public boolean reservable(boolean returned, boolean damaged) {
        return returned && !damaged;
    }

    public boolean alert(int diskPercent) {
        return diskPercent > 85;
    }
}
