package io.github.speclint;

import io.github.speclint.job.ForkedCheck;

import io.github.speclint.model.Finding;
import io.github.speclint.model.Severity;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.rules.FindingCollector;
import io.github.speclint.rules.RuleInfo;

/**
 * A bug in speclint, or a file too much for the heap, becomes a finding on the file that showed it instead of ending
 * the build with a trace and losing every other file's findings.
 */
final class RuleGuard {

    private RuleGuard() {
    }

    /**
     * Runs one rule on one file. Out of memory is rethrown for a second attempt with the heap to the file alone,
     * unless it is alone already ({@code alone}); any other exception or error is a finding at once.
     */
    static void run(RuleInfo rule, Runnable check, String path, FindingCollector out, boolean alone) {
        try {
            check.run();
        } catch (OutOfMemoryError outOfMemory) {
            if (!alone) {
                throw outOfMemory;
            }
            out.findings().add(internalError(path, "apply rule " + rule.id() + " to", outOfMemory));
        } catch (RuntimeException | Error bug) {
            out.findings().add(internalError(path, "apply rule " + rule.id() + " to", bug));
        }
    }

    static Finding internalError(String path, String what, Throwable bug) {
        String message = bug instanceof OutOfMemoryError
                ? String.format("speclint ran out of memory trying to %s this file (%s, %,d MB of heap); %s",
                        what, bug.getClass().getSimpleName(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                        Boolean.getBoolean(ForkedCheck.PROPERTY)
                                ? "check in Maven's own JVM (speclint.fork=false) with more heap (MAVEN_OPTS=-Xmx...), "
                                + "or split the file"
                                : "give Maven more heap (MAVEN_OPTS=-Xmx...) or split the file")
                : String.format("speclint could not %s this file (%s); please report this with the file", what,
                        bug.getClass().getSimpleName());
        return new Finding(Linter.INTERNAL_ERROR, Severity.ERROR, path, SourcePosition.START, message, what);
    }
}
