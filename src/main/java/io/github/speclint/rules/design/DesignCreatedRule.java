package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

/** {@code created} is a date or an RFC 3339 timestamp, as smaqit writes it; the template's placeholder is neither. */
public final class DesignCreatedRule extends AbstractRule implements DesignRule {

    public DesignCreatedRule() {
        super("design-created", Severity.ERROR,
                "A design's created is a date (2026-09-01) or an RFC 3339 timestamp");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        design.frontMatter().entry("created").ifPresent(entry -> {
            String value = entry.isScalar() ? entry.value().strip() : "";
            if (!Timestamps.isDate(value) && !Timestamps.isRfc3339(value)) {
                report(out, entry.valuePosition(), "created", String.format("created is %s; write a date such as "
                        + "2026-09-01 or an RFC 3339 timestamp such as 2026-09-01T10:00:00Z", Fields.written(entry)));
            }
        });
    }
}
