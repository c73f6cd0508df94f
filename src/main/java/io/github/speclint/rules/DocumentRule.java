package io.github.speclint.rules;

/** A rule that judges one spec on its own, against the schema of its layer. */
public interface DocumentRule {

    RuleInfo info();

    void check(SpecContext context, FindingSink out);

    /** False only for the rule that reports unreadable files; the others need a parsed document. */
    default boolean needsContent() {
        return true;
    }
}
