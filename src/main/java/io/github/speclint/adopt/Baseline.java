package io.github.speclint.adopt;

import io.github.speclint.model.EscapedText;
import io.github.speclint.model.Severity;

import java.util.List;
import java.util.Objects;

/**
 * The findings a team accepted when it adopted speclint, each named by its fingerprint (spec id, rule and subject,
 * never the line), so that moving text or renaming a spec's file keeps it matched. {@code check} lists them as known
 * and fails only on findings that are not among them.
 */
public record Baseline(List<Entry> entries) {

    /**
     * One accepted finding. Only the fingerprint matches; the rest says what it was, for people and for reports of
     * entries that no longer occur.
     */
    public record Entry(String fingerprint, String ruleId, Severity severity, String path, String subject,
                        String message) {

        public Entry {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(message, "message");
            // a baseline file is edited by hand and merged: its text reaches the log as a finding's would
            ruleId = EscapedText.of(ruleId);
            path = EscapedText.of(path);
            subject = EscapedText.of(subject);
            message = EscapedText.of(message);
        }
    }

    public Baseline {
        entries = List.copyOf(entries);
    }
}
