package io.github.speclint.tests;

/**
 * One {@code <testcase>} of a JUnit XML report.
 *
 * @param className   the {@code classname} attribute, or ""
 * @param name        the {@code name} attribute, or ""
 * @param displayName the {@code display-name:} line JUnit's own reporter puts in the case's output, or ""
 */
public record ExecutedTest(String className, String name, String displayName, TestOutcome outcome) {

    private static final int MAX_LABEL = 160;

    /** {@code LoanTest.cov_loans_002_refused}: the simple class name and the test's name, cut to a readable size. */
    public String label() {
        String simpleClass = className.substring(className.lastIndexOf('.') + 1);
        String label = simpleClass.isEmpty() ? name : name.isEmpty() ? simpleClass : simpleClass + "." + name;
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL) + "…";
    }
}
