package io.github.speclint.job;

import io.github.speclint.model.EscapedText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a check job in a JVM of its own ({@link ForkedCheck}) and relays what it says: its log lines to the build's log,
 * its output lines to standard output, its standard error as warnings. Why a JVM of its own: a check of thousands of
 * specs is one short burst of work, and in the build's JVM the optimising compiler takes a core for most of it; the
 * fork runs with the JIT and collector such a job wants ({@link ForkOptions}), and its heap is gone when it ends.
 */
public final class JobFork {

    private static final List<String> IGNORED_ENVIRONMENT = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");

    private JobFork() {
    }

    /**
     * @param java      the {@code java} executable
     * @param options   the JVM options
     * @param classpath speclint's classes and their dependencies
     */
    public static CheckOutcome run(CheckJob job, Path java, List<String> options, String classpath, JobLog log,
                                   Consumer<String> stdout) throws JobFailure {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // the JVM's own logging goes to standard error: standard output carries the protocol alone
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        command.add("-D" + ForkedCheck.PROPERTY + "=true");
        command.addAll(options);
        command.add("-cp");
        command.add(classpath);
        command.add(ForkedCheck.class.getName());
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            // options meant for the build's JVM (agents, logging to standard output) are not the check's
            builder.environment().keySet().removeAll(IGNORED_ENVIRONMENT);
            process = builder.start();
        } catch (IOException e) {
            throw new JobFailure("speclint: cannot start a JVM for the check (" + java + "): " + e.getMessage(), e);
        }
        Thread errors = new Thread(() -> relay(process.getErrorStream(),
                line -> log.warn("speclint: forked JVM: " + EscapedText.of(line))),
                "speclint-fork-stderr");
        errors.setDaemon(true);
        errors.start();
        Answer answer = new Answer();
        try {
            try (OutputStream in = process.getOutputStream()) {
                CheckJobCodec.write(job, in);
            } catch (IOException e) {
                // the fork died before it read its job; its exit code and standard error say why
                log.debug("speclint: the forked JVM did not take its job: " + e.getMessage());
            }
            relay(process.getInputStream(), line -> JobLines.dispatch(line, log, stdout, answer));
            int exit = process.waitFor();
            errors.join();
            if (answer.failure != null) {
                throw new JobFailure(answer.failure);
            }
            if (answer.outcome == null) {
                throw new JobFailure("speclint: the JVM forked for the check ended with exit code " + exit
                        + " and no result; set speclint.fork=false to check in the build's own JVM");
            }
            return answer.outcome;
        } catch (UncheckedIOException e) {
            throw new JobFailure("speclint: lost the forked check's output: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobFailure("speclint: interrupted while the forked check ran", e);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void relay(InputStream from, Consumer<String> to) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                to.accept(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Answer implements JobLines.Receiver {

        private String failure;
        private CheckOutcome outcome;

        @Override
        public void failure(String message) {
            failure = message;
        }

        @Override
        public void outcome(CheckOutcome result) {
            outcome = result;
        }
    }
}
