package io.github.speclint.scaffold;

import io.github.speclint.schema.ScaffoldConventions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template for one concept: the front matter a new spec starts with, the concept's token wherever it stands
 * (upper case, and lower case in file names), the use-case number and name in the title, and a number for each
 * criterion the template leaves as {@code NNN}. HTML comments are the template's guidance and stay as they are.
 */
final class TemplateFill {

    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)(\\s*:\\s*)(.*)");
    private static final Pattern ID_TOKEN = Pattern.compile("^[A-Z]{2,8}-(\\[[^\\[\\]]+])\\s*$");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]+]");
    private static final Pattern USE_CASE = Pattern.compile("UC\\[[^\\[\\]]+]");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /**
     * @param id      the new spec's id, {@code INF-AUTH}
     * @param concept the concept, {@code AUTH}
     * @param title   the spec's name, for the title
     * @param useCase the use-case number the title carries, when the layer's titles carry one
     */
    record Values(String id, String concept, String title, OptionalInt useCase, LocalDate today) {
    }

    private TemplateFill() {
    }

    static String fill(SpecTemplate template, Values values, ScaffoldConventions scaffold) {
        List<String> lines = new ArrayList<>(template.lines());
        int bodyStart = frontMatter(lines, values, scaffold);
        String token = conceptToken(template.lines()).orElse(null);
        if (template.titleLine() >= 0) {
            lines.set(template.titleLine(), title(lines.get(template.titleLine()), token, values));
        }
        String text = String.join("\n", lines.subList(bodyStart, lines.size())) + "\n";
        if (token != null) {
            String lower = token.toLowerCase(Locale.ROOT);
            text = outsideComments(text, part -> part.replace(token, values.concept())
                    .replace(lower, values.concept().toLowerCase(Locale.ROOT)));
        }
        text = numberCriteria(text, values.id());
        String head = bodyStart == 0 ? "" : String.join("\n", lines.subList(0, bodyStart)) + "\n";
        return head + text;
    }

    /** Sets the keys the conventions name; returns the index of the first line after the front matter. */
    private static int frontMatter(List<String> lines, Values values, ScaffoldConventions scaffold) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        Map<String, String> wanted = scaffold.frontMatter();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---")) {
                return i + 1;
            }
            Matcher key = KEY.matcher(line);
            if (key.matches() && wanted.containsKey(key.group(1))) {
                String value = wanted.get(key.group(1)).replace("{id}", values.id())
                        .replace("{today}", values.today().toString());
                lines.set(i, key.group(1) + key.group(2) + value);
            }
        }
        return 0;
    }

    /** The token the template's {@code id} gives the concept, {@code [CONCEPT]} in {@code id: INF-[CONCEPT]}. */
    private static Optional<String> conceptToken(List<String> lines) {
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            Matcher key = KEY.matcher(lines.get(i));
            if (key.matches() && key.group(1).equals("id")) {
                Matcher token = ID_TOKEN.matcher(key.group(3).strip());
                return token.matches() ? Optional.of(token.group(1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The concept and use-case number filled in, then the first placeholder left taken as the name. */
    private static String title(String line, String token, Values values) {
        String filled = token == null ? line : line.replace(token, values.concept());
        if (values.useCase().isPresent()) {
            filled = USE_CASE.matcher(filled).replaceFirst("UC" + values.useCase().getAsInt());
        }
        Matcher name = BRACKETED.matcher(filled);
        return name.find() ? filled.substring(0, name.start()) + values.title() + filled.substring(name.end())
                : filled;
    }

    /** {@code - [ ] INF-AUTH-NNN:} becomes the next number after the highest the text already uses. */
    private static String numberCriteria(String text, String id) {
        Pattern numbered = Pattern.compile(Pattern.quote(id) + "-(\\d{3})\\b");
        int highest = 0;
        Matcher existing = numbered.matcher(text);
        while (existing.find()) {
            highest = Math.max(highest, Integer.parseInt(existing.group(1)));
        }
        Pattern open = Pattern.compile("(?m)^(\\s*[-*+]\\s+\\[[ xX!]]\\s+" + Pattern.quote(id) + "-)(?:NNN|\\[NNN])(?![A-Za-z0-9])");
        Matcher criterion = open.matcher(text);
        StringBuilder out = new StringBuilder();
        int next = highest;
        while (criterion.find()) {
            next++;
            criterion.appendReplacement(out, Matcher.quoteReplacement(criterion.group(1) + String.format("%03d", next)));
        }
        criterion.appendTail(out);
        return out.toString();
    }

    private static String outsideComments(String text, UnaryOperator<String> change) {
        StringBuilder out = new StringBuilder();
        Matcher comment = COMMENT.matcher(text);
        int from = 0;
        while (comment.find()) {
            out.append(change.apply(text.substring(from, comment.start()))).append(comment.group());
            from = comment.end();
        }
        return out.append(change.apply(text.substring(from))).toString();
    }
}
