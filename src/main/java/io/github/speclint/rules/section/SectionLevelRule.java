package io.github.speclint.rules.section;

import io.github.speclint.model.Severity;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.OutlineMatch.WrongLevel;
import io.github.speclint.rules.SpecContext;

/** A template section keeps its heading level, or it lands under the wrong parent for every reader and tool. */
public final class SectionLevelRule extends AbstractRule implements DocumentRule {


    public SectionLevelRule() {
        super("section-level", Severity.ERROR,
                "Template sections have the template's heading level");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        for (WrongLevel wrong : context.outline().wrongLevel()) {
            report(out, wrong.section().position(), wrong.rule().display(), String.format(
                    "%s is a level-%d heading; %s has it at level %d: \"%s\"", Where.quoted(wrong.section()),
                    wrong.section().level(), context.template(), wrong.rule().level(), wrong.rule().display()));
        }
    }
}
