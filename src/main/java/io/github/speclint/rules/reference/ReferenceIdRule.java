package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.graph.SpecIndex;
import io.github.speclint.model.Severity;
import io.github.speclint.model.Excerpt;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.AbstractRule;
import io.github.speclint.rules.FindingSink;
import io.github.speclint.rules.GraphRule;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A reference names what it links: the link text is the target's spec id or one of its criterion ids. A renamed
 * id or a moved file otherwise breaks the chain silently. Outside References only id-like link texts are held to it.
 */
public final class ReferenceIdRule extends AbstractRule implements GraphRule {

    private static final int MAX_NAMES = 100;
    private static final Pattern ID_LIKE = Pattern.compile("(BUS|FUN|STK|INF|COV)-[A-Za-z0-9-]+");

    public ReferenceIdRule() {
        super("reference-id-mismatch", Severity.ERROR,
                "Reference link text is the target's spec id or one of its criterion ids");
    }

    @Override
    public void check(SpecDocument spec, SpecIndex index, FindingSink out) {
        Closest closest = Closest.bounded();
        Map<SpecDocument, List<String>> names = new IdentityHashMap<>();
        for (ResolvedLink link : index.links(spec)) {
            String text = link.link().text().strip();
            if (!link.isReference() && !ID_LIKE.matcher(text).matches()) {
                continue;
            }
            if (link.kind() == ResolvedLink.Kind.OTHER_FILE && link.isReference()) {
                report(out, link.link().position(), link.link().destination(), String.format(
                        "reference %s leads to %s, which is not a spec; References link specs",
                        LinkText.written(link), link.targetPath()));
            }
            link.target().ifPresent(target -> checkText(spec, link, text, target, index, out, closest, names));
        }
    }

    /** What a link to the target may name: its id first, then its criterion ids (the first hundred are plenty). */
    private static List<String> names(SpecDocument target) {
        List<String> names = new ArrayList<>();
        target.id().ifPresent(names::add);
        target.criteria().stream().flatMap(c -> c.memberIds().stream()).limit(MAX_NAMES).forEach(names::add);
        return names;
    }

    private void checkText(SpecDocument spec, ResolvedLink link, String text, SpecDocument target, SpecIndex index,
                           FindingSink out, Closest closest, Map<SpecDocument, List<String>> names) {
        if (target.id().filter(text::equals).isPresent()
                || index.criteria(text).stream().anyMatch(ref -> ref.spec() == target)) {
            return;
        }
        if (target.id().isEmpty()) {
            return;
        }
        // the names are listed only for a mismatch, not for every link that is right
        String suggestion = closest.nearest(text, names.computeIfAbsent(target, ReferenceIdRule::names));
        report(out, link.link().position(), text, String.format(
                "link text \"%s\" is neither the id of %s (%s) nor one of its criterion ids; did you mean %s?",
                Excerpt.of(text), LinkText.relative(spec, target.path()), LinkText.named(target),
                Excerpt.of(suggestion)));
    }
}
