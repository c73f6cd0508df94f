package io.github.speclint.fix;

import io.github.speclint.model.Footer;
import io.github.speclint.model.SpecDocument;
import io.github.speclint.rules.OutlineMatch.Missing;
import io.github.speclint.rules.SpecContext;
import io.github.speclint.rules.section.Insertion;
import io.github.speclint.scaffold.SpecTemplate;
import io.github.speclint.schema.SectionRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Inserts each required section a spec lacks where the section-missing finding says it belongs, with the template's
 * text for it (heading, placeholder body and sub-sections), and a missing footer at the end. Sections that belong at
 * the end go before the footer's rule; a blank line keeps every insertion apart from the author's text.
 */
final class SectionFix {

    private static final Pattern THEMATIC_BREAK = Pattern.compile(" {0,3}([-*_])(\\s*\\1){2,}\\s*");

    private SectionFix() {
    }

    /**
     * @param written the template written from the schema, for a section the project's template has no text for
     */
    static void plan(SpecBytes file, SpecContext context, SpecTemplate template, Supplier<SpecTemplate> written,
                     Plan plan) {
        SpecDocument spec = context.spec();
        Map<Integer, List<List<String>>> beforeLine = new TreeMap<>();
        List<List<String>> atEnd = new ArrayList<>();
        List<Missing> missingSections = plan.fixes(Plan.SECTION) ? context.outline().missing() : List.of();
        for (Missing missing : missingSections) {
            Insertion insertion = Insertion.of(spec, missing);
            List<SectionRule> path = RulePath.of(context.schema().sections(), missing.rule());
            Optional<List<String>> block = block(template, path).or(() -> block(written.get(), path));
            if (block.isEmpty()) {
                plan.leftAlone.add(String.format("line %d: no template text for %s", insertion.position().line(),
                        missing.rule().display()));
                continue;
            }
            (insertion.atEnd() ? atEnd : beforeLine.computeIfAbsent(insertion.position().line(),
                    line -> new ArrayList<>())).add(block.get());
            plan.changes.add(new Change(Plan.SECTION, insertion.position().line(), String.format(
                    "inserted \"%s\" %s", missing.rule().display(), insertion.anchor())));
        }
        boolean footerMissing = spec.footer().isEmpty() && plan.fixes(Plan.FOOTER);
        List<String> footer = footerMissing ? template.footer() : List.of();
        if (footerMissing) {
            if (footer.isEmpty()) {
                plan.leftAlone.add("the spec has no footer and " + template.source() + " has none to copy");
            } else {
                plan.changes.add(new Change(Plan.FOOTER, spec.lineCount(), "added the footer \""
                        + footer.get(footer.size() - 1).strip() + "\""));
            }
        }
        spec.footer().map(Footer::position).ifPresent(position -> {
            if (!atEnd.isEmpty()) {
                beforeLine.computeIfAbsent(footerStart(file, position.line()), line -> new ArrayList<>())
                        .addAll(atEnd);
            }
        });
        String eol = file.lineEnding();
        beforeLine.forEach((line, blocks) -> plan.inserts.add(new Insert(file.start(line),
                (line > 1 && !file.blank(line - 1) ? eol : "") + joined(blocks, eol, true))));
        if (spec.footer().isEmpty() && (!atEnd.isEmpty() || !footer.isEmpty())) {
            int last = file.lineCount();
            String separator = (file.endsWithLineEnding() ? "" : eol) + (file.blank(last) ? "" : eol);
            List<List<String>> blocks = new ArrayList<>(atEnd);
            if (!footer.isEmpty()) {
                blocks.add(footer);
            }
            plan.inserts.add(new Insert(file.bytes().length, separator + joined(blocks, eol, false)));
        }
    }

    private static Optional<List<String>> block(SpecTemplate template, List<SectionRule> path) {
        return template.find(path).map(template::block);
    }

    /** The blocks one after another, a blank line between them and, when text follows, after the last. */
    private static String joined(List<List<String>> blocks, String eol, boolean textFollows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            text.append(String.join(eol, blocks.get(i))).append(eol);
            if (textFollows || i < blocks.size() - 1) {
                text.append(eol);
            }
        }
        return text.toString();
    }

    /** The line of the rule above the footer (blank lines between allowed), else the footer's own line. */
    private static int footerStart(SpecBytes file, int footerLine) {
        int line = footerLine - 1;
        while (line >= 1 && file.blank(line)) {
            line--;
        }
        boolean rule = line >= 1 && THEMATIC_BREAK.matcher(file.line(line)).matches()
                && (line == 1 || file.blank(line - 1));
        return rule ? line : footerLine;
    }
}
