package io.github.speclint.rules.design;

import io.github.speclint.graph.DesignIndex;
import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DesignRule;
import io.github.speclint.rules.FindingSink;

import java.util.List;

/**
 * A design sequence realises a functional system-sequence design: {@code realizes} names that design's id, so the
 * implementation's sequence can be read against the behaviour it implements.
 */
public final class DesignRealizesRule extends AbstractRule implements DesignRule {

    private static final String KEY = "realizes";

    public DesignRealizesRule() {
        super("design-realizes", Severity.ERROR,
                "A design sequence's realizes names an existing design of the kind it realises");
    }

    @Override
    public void check(DesignDocument design, DesignIndex index, FindingSink out) {
        index.kind(design).flatMap(kind -> kind.realizes()).ifPresent(type -> Fields.scalar(design, KEY)
                .ifPresent(entry -> {
                    String id = entry.value().strip();
                    List<DesignDocument> named = index.withId(id);
                    if (named.isEmpty()) {
                        report(out, entry.valuePosition(), KEY, String.format("realizes %s, which is no design's "
                                + "id; name the %s design this sequence realises", Fields.shortened(id), type));
                    } else if (!index.hasDesign(id, type)) {
                        report(out, entry.valuePosition(), KEY, String.format("realizes %s (%s), which is not a %s "
                                + "design", id, named.get(0).path(), type));
                    }
                }));
    }
}
