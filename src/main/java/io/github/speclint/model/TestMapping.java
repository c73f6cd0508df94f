package io.github.speclint.model;

/**
 * A test-case comment in a coverage spec's code block: {@code # COV-LOANS-002: Maps to BUS-BORROW-002}.
 *
 * @param targets what the comment says the test case maps to, as written (ids or ranges)
 */
public record TestMapping(String testCaseId, String targets, SourcePosition position) {
}
