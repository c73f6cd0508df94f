package io.github.speclint.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One gap or drift in one spec: where it is, which rule saw it, and what is expected instead.
 *
 * @param path    the file, relative to the project base, with forward slashes
 * @param subject what the finding is about (a criterion id, a section, a table, a link target); stable across edits,
 *                so reports can fingerprint a finding without its line number
 * @param module  the module the file belongs to when a run spans several (a Maven reactor); empty otherwise
 */
public record Finding(String ruleId, Severity severity, String path, SourcePosition position, String message,
                      String subject, String module) {

    /** Findings are reported by path, line, column, then rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparing(Finding::position)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        path = EscapedText.of(path);
        subject = subject == null ? "" : EscapedText.of(subject);
        message = EscapedText.of(message);
        module = module == null ? "" : EscapedText.of(module);
    }

    /** A finding of a run with one module. */
    public Finding(String ruleId, Severity severity, String path, SourcePosition position, String message,
                   String subject) {
        this(ruleId, severity, path, position, message, subject, "");
    }

    public Finding withModule(String name) {
        return new Finding(ruleId, severity, path, position, message, subject, name);
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }
}
