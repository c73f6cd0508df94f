package io.github.speclint.parse;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Excerpt;
import io.github.speclint.model.Footer;
import io.github.speclint.model.Headings;
import io.github.speclint.model.Link;
import io.github.speclint.model.RequirementRange;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.TestMapping;
import io.github.speclint.model.Title;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Parses the Markdown body once with commonmark and walks its top-level blocks in order, handing each block to the
 * part of the model it belongs to: the outline, tables, criteria, links, placeholders, footer and justification.
 */
final class BodyReader {

    private static final String ACCEPTANCE_CRITERIA = "Acceptance Criteria";
    private static final String REFERENCES = "References";
    private static final String JUSTIFICATION = "Justification";

    private final SourceMap map;
    private final OutlineBuilder outline = new OutlineBuilder();
    private final List<Criterion> criteria = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<String> phrases;
    private final Placeholders placeholders;
    private final List<TestMapping> testMappings = new ArrayList<>();
    private final RequirementRange.Budget rangeBudget = new RequirementRange.Budget();
    private final SuppressionReader suppressions = new SuppressionReader();
    private Node titleNode;
    private Title title;
    private Footer footer;
    private SourcePosition justification;
    private String pendingLabel = "";

    private BodyReader(SourceMap map, Set<String> phrases, Placeholders placeholders) {
        this.map = map;
        this.phrases = phrases;
        this.placeholders = placeholders;
    }

    /**
     * @param phrases      the bracketed phrases of the spec's template, or none to find placeholders by convention
     * @param placeholders where the placeholders go, after any found in the front matter
     */
    static Body read(String body, int firstLine, Set<String> phrases, Placeholders placeholders) {
        BodyReader reader = new BodyReader(new SourceMap(body, firstLine), phrases, placeholders);
        Node document = SpecMarkdown.parse(body);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            reader.accept(block);
        }
        return reader.finish();
    }

    private void accept(Node block) {
        String label = pendingLabel;
        pendingLabel = "";
        if (!label.isEmpty() && !(block instanceof TableBlock) && !(block instanceof Heading)) {
            outline.answeredLabel(label);
        }
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof HtmlBlock html) {
            if (!html.getLiteral().stripLeading().startsWith("<!--")) {
                outline.content("");
            }
        } else if (block instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (block instanceof TableBlock table) {
            outline.table(TableReader.read(table, label, map,
                    (html, at) -> suppressions.html(html, line -> at)));
        } else if (!(block instanceof ThematicBreak)) {
            outline.content(firstParagraph(block));
            if (block instanceof FencedCodeBlock code) {
                testMappings.addAll(TestMappingReader.read(code, map));
            }
            if (block instanceof ListBlock list && inAcceptanceCriteria()) {
                criteria.addAll(CriterionReader.read(list, map, outline.path(), rangeBudget));
            }
        }
        collectLinks(block);
        PlaceholderScanner.scan(block, map, titleNode, phrases, placeholders);
    }

    private void heading(Heading heading) {
        String text = InlineText.of(heading);
        SourcePosition position = map.position(heading);
        if (heading.getLevel() == 1) {
            if (title == null) {
                title = new Title(text, position);
                titleNode = heading;
            }
            return;
        }
        outline.heading(heading.getLevel(), Excerpt.of(text), position);
        if (Headings.matches(text, JUSTIFICATION) && underReferences()) {
            justification = position;
        }
    }

    private void paragraph(Paragraph paragraph) {
        String text = InlineText.of(paragraph);
        Matcher footerLine = Footer.TEXT.matcher(text);
        if (footerLine.matches() && paragraph.getFirstChild() instanceof Emphasis) {
            footer = new Footer(footerLine.group(1).strip(), map.position(paragraph));
            return;
        }
        outline.content(text);
        if (map.raw(paragraph).startsWith("|")) {
            outline.tableLikeText(map.position(paragraph));
        }
        String label = boldLabel(paragraph);
        if (label != null && text.equals(label + ":")) {
            pendingLabel = label;
        }
        if (label != null && Headings.matches(label, JUSTIFICATION) && underReferences()) {
            justification = map.position(paragraph);
        }
    }

    /** The text of the first paragraph inside a list or quote: "- Not applicable: ..." says it too. */
    private static String firstParagraph(Node block) {
        for (Node node = block.getFirstChild(); node != null; node = node.getFirstChild()) {
            if (node instanceof Paragraph paragraph) {
                return InlineText.of(paragraph);
            }
        }
        return "";
    }

    /** The text of a paragraph's opening bold span, without its colon: "**Errors:**" gives "Errors". */
    private static String boldLabel(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
            return null;
        }
        String label = InlineText.of(strong);
        return label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
    }

    private boolean inAcceptanceCriteria() {
        return outline.path().stream().anyMatch(title -> Headings.matches(title, ACCEPTANCE_CRITERIA));
    }

    private boolean underReferences() {
        List<String> path = outline.path();
        return !path.isEmpty() && Headings.matches(path.get(0), REFERENCES);
    }

    /** The block's links, and the speclint comments in its HTML, in one walk over it. */
    private void collectLinks(Node block) {
        List<String> path = outline.path();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                links.add(new Link(InlineText.of(link), link.getDestination(), map.position(link), path));
                visitChildren(link);
            }

            @Override
            public void visit(HtmlBlock html) {
                suppressions.html(html.getLiteral(), line -> map.lineStart(html, line));
            }

            @Override
            public void visit(HtmlInline html) {
                suppressions.html(html.getLiteral(), line -> map.lineStart(html, line));
            }
        });
    }

    private Body finish() {
        return new Body(Optional.ofNullable(title), outline.build(), criteria, links, placeholders.all(),
                Optional.ofNullable(footer), Optional.ofNullable(justification), testMappings, suppressions.finish());
    }
}
