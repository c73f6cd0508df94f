package io.github.speclint.rules.title;

import io.github.speclint.model.Ids;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Title;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.DocumentRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.schema.TitleStyle;

import java.util.Optional;

/** "The CONCEPT in the use case ID should match the CONCEPT used in acceptance criteria IDs": UC3-CHECKOUT, BUS-CHECKOUT. */
public final class TitleConceptRule extends AbstractRule implements DocumentRule {

    public TitleConceptRule() {
        super("title-concept", Severity.WARNING,
                "A business title's use-case concept matches the spec id (UC1-LOGIN in BUS-LOGIN)");
    }

    @Override
    public void check(SpecContext context, FindingSink out) {
        if (context.schema().titleStyle() != TitleStyle.USE_CASE) {
            return;
        }
        Optional<String> id = context.spec().id().filter(Ids::isSpecId);
        Optional<Title> title = context.spec().title().filter(t -> Ids.isUseCaseTitle(t.text()));
        if (id.isEmpty() || title.isEmpty()) {
            return;
        }
        String useCase = title.get().text().substring(0, title.get().text().indexOf(": "));
        String concept = useCase.substring(useCase.indexOf('-') + 1);
        String expected = id.get().substring(4);
        if (!concept.equals(expected)) {
            report(out, title.get().position(), "title", String.format("use case %s names the concept %s but the "
                    + "spec id is %s; write %s", useCase, concept, id.get(),
                    useCase.substring(0, useCase.indexOf('-') + 1) + expected));
        }
    }
}
