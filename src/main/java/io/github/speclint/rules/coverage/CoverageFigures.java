package io.github.speclint.rules.coverage;

/** Total, mapped and untestable requirement counts, and the template's Coverage % over them. */
record CoverageFigures(int total, int mapped, int untestable) {

    static final CoverageFigures NONE = new CoverageFigures(0, 0, 0);

    CoverageFigures plus(CoverageFigures other) {
        return new CoverageFigures(total + other.total, mapped + other.mapped, untestable + other.untestable);
    }

    /** Coverage % = Mapped / (Total - Untestable) x 100; 100 when nothing is testable. */
    double percent() {
        int testable = total - untestable;
        return testable <= 0 ? 100.0 : mapped * 100.0 / testable;
    }

    static boolean samePercent(double a, double b) {
        return Math.abs(a - b) <= 1.0;
    }

    @Override
    public String toString() {
        return String.format("%d total, %d mapped, %d untestable, %.0f%%", total, mapped, untestable, percent());
    }
}
