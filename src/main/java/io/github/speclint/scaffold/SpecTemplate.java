package io.github.speclint.scaffold;

import io.github.speclint.model.Footer;
import io.github.speclint.model.Headings;
import io.github.speclint.parse.InlineText;
import io.github.speclint.schema.SectionRule;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A template's text, split where new specs and fixes need it: the front matter, the title, every section with the
 * lines under it (its sub-sections included), and the footer. Lines carry no line endings.
 */
public final class SpecTemplate {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    /** A heading that is one placeholder, such as {@code [ENTITY_NAME]}: a section the author names. */
    private static final Pattern NAMED_BY_AUTHOR = Pattern.compile("\\[[^\\[\\]]+]");

    /**
     * A section of the template.
     *
     * @param first the line index of its heading
     * @param end   the line index after its last line (sub-sections included)
     */
    public record Part(int level, String heading, int first, int end, List<Part> children) {
    }

    private final String source;
    private final List<String> lines;
    private final List<Part> sections;
    private final int titleLine;
    private final int footerFirst;
    private final int footerLast;

    private SpecTemplate(String source, List<String> lines, List<Part> sections, int titleLine, int footerFirst,
                         int footerLast) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.sections = List.copyOf(sections);
        this.titleLine = titleLine;
        this.footerFirst = footerFirst;
        this.footerLast = footerLast;
    }

    /**
     * @param source what the text was read from, for messages: a template file, or the schema it was written from
     * @param text   the template's text; a BOM and CR line endings are dropped
     */
    public static SpecTemplate of(String source, String text) {
        String normalized = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n")
                .replace('\r', '\n');
        List<String> lines = new ArrayList<>(Arrays.asList(normalized.split("\n", -1)));
        if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new Reader(source, lines).read();
    }

    /** What the text was read from, for messages. */
    public String source() {
        return source;
    }

    /** Every line, without line endings. */
    public List<String> lines() {
        return lines;
    }

    /** The index of the level-1 title line, or -1. */
    public int titleLine() {
        return titleLine;
    }

    public List<Part> sections() {
        return sections;
    }

    /** The footer's lines, from the rule above it to the footer line; empty when the template has no footer. */
    public List<String> footer() {
        return footerLast < 0 ? List.of() : lines.subList(footerFirst, footerLast + 1);
    }

    /** The section's lines, its sub-sections included, without the blank lines at its end. */
    public List<String> block(Part part) {
        int end = part.end();
        while (end > part.first() + 1 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return lines.subList(part.first(), end);
    }

    /**
     * The template section a schema rule stands for, found by the headings of the rule and of the rules above it.
     *
     * @param path the rules from the top level down to the one wanted
     */
    public Optional<Part> find(List<SectionRule> path) {
        List<Part> candidates = sections;
        Part found = null;
        for (SectionRule rule : path) {
            found = candidates.stream().filter(part -> stands(part, rule)).findFirst().orElse(null);
            if (found == null) {
                return Optional.empty();
            }
            candidates = found.children();
        }
        return Optional.ofNullable(found);
    }

    private static boolean stands(Part part, SectionRule rule) {
        return rule.userNamed() ? NAMED_BY_AUTHOR.matcher(part.heading()).matches() && part.level() == rule.level()
                : Headings.matches(part.heading(), rule.heading());
    }

    /** Finds the headings and the footer with a Markdown parser, so that lines in code blocks stay content. */
    private static final class Reader {

        private final String source;
        private final List<String> lines;
        private final List<Part> topLevel = new ArrayList<>();
        private final List<int[]> headings = new ArrayList<>();
        private final List<String> headingTexts = new ArrayList<>();
        private int titleLine = -1;
        private int footerFirst = -1;
        private int footerLast = -1;

        Reader(String source, List<String> lines) {
            this.source = source;
            this.lines = lines;
        }

        SpecTemplate read() {
            int bodyStart = bodyStart();
            StringBuilder body = new StringBuilder();
            for (int i = bodyStart; i < lines.size(); i++) {
                body.append(lines.get(i)).append('\n');
            }
            Node document = PARSER.parse(body.toString());
            Node previous = null;
            for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
                int line = bodyStart + block.getSourceSpans().get(0).getLineIndex();
                if (block instanceof Heading heading) {
                    if (heading.getLevel() == 1 && titleLine < 0) {
                        titleLine = line;
                    } else if (heading.getLevel() > 1) {
                        headings.add(new int[] {heading.getLevel(), line});
                        headingTexts.add(InlineText.of(heading));
                    }
                    footerLast = -1;
                } else if (isFooter(block)) {
                    footerLast = line;
                    footerFirst = previous instanceof ThematicBreak ? lineOf(previous, bodyStart) : line;
                }
                previous = block;
            }
            int end = footerLast >= 0 ? footerFirst : lines.size();
            build(end);
            return new SpecTemplate(source, lines, topLevel, titleLine, footerFirst, footerLast);
        }

        private static boolean isFooter(Node block) {
            return block instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Emphasis
                    && paragraph.getFirstChild().getNext() == null
                    && Footer.TEXT.matcher(InlineText.of(paragraph)).matches();
        }

        private static int lineOf(Node block, int bodyStart) {
            return bodyStart + block.getSourceSpans().get(0).getLineIndex();
        }

        /** The line after a closed {@code ---} front matter block, else 0. */
        private int bodyStart() {
            if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
                return 0;
            }
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("---")) {
                    return i + 1;
                }
            }
            return 0;
        }

        /** Nests the headings: each section runs to the next heading of its level or above, or to the footer. */
        private void build(int end) {
            Deque<Builder> open = new ArrayDeque<>();
            List<Builder> roots = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                int level = headings.get(i)[0];
                int line = headings.get(i)[1];
                if (line >= end) {
                    break;
                }
                while (!open.isEmpty() && open.peek().level >= level) {
                    open.pop().end = line;
                }
                Builder part = new Builder(level, headingTexts.get(i), line);
                (open.isEmpty() ? roots : open.peek().children).add(part);
                open.push(part);
            }
            while (!open.isEmpty()) {
                open.pop().end = end;
            }
            roots.forEach(root -> topLevel.add(root.build()));
        }
    }

    private static final class Builder {
        final int level;
        final String heading;
        final int first;
        int end;
        final List<Builder> children = new ArrayList<>();

        Builder(int level, String heading, int first) {
            this.level = level;
            this.heading = heading;
            this.first = first;
        }

        Part build() {
            return new Part(level, heading, first, end, children.stream().map(Builder::build).toList());
        }
    }
}
