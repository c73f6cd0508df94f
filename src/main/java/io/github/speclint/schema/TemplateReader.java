package io.github.speclint.schema;

import io.github.speclint.model.Headings;
import io.github.speclint.parse.InlineText;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives one layer's schema from its template file ({@code <layer>.template.md}): the layer folder from the file
 * name, the id prefix from {@code id: XXX-[CONCEPT]}, the front-matter keys, the headings with their levels and
 * order, which sections the template's own guidance makes optional, the headings that are one placeholder (sections
 * the author names), the tables with their bold labels, columns and fixed rows, the layers its References link, and
 * every bracketed placeholder phrase. What it cannot make sense of is a {@link TemplateException} at a line.
 */
final class TemplateReader {

    private static final Pattern FILE_NAME = Pattern.compile("([a-z][a-z0-9-]*)\\.template\\.md");
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)");
    private static final Pattern ID = Pattern.compile("([A-Z]{2,8})-\\[[^\\[\\]]+]");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]\\n]+]");
    private static final Pattern NAMED_HEADING = Pattern.compile("\\[([A-Z][A-Z0-9_]*)]");
    private static final Pattern OPTIONAL_QUALIFIER = Pattern.compile("\\s*\\(optional\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPSTREAM = Pattern.compile("\\.\\./([a-z][a-z0-9-]*)/.*");
    private static final Set<String> CHECKBOXES = Set.of("[ ]", "[x]", "[X]", "[!]");
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private final String file;
    private final SchemaConventions conventions;
    private final Deque<Draft> open = new ArrayDeque<>();
    private final List<Draft> topLevel = new ArrayList<>();
    private final Set<String> placeholders = new LinkedHashSet<>();
    private final Map<String, Integer> references = new LinkedHashMap<>();
    private int bodyFirstLine;
    private String title;
    private String pendingLabel = "";
    private int idLine;

    /** A layer read from its template, with the line of its id and of each layer its References link. */
    record Read(LayerDraft draft, int idLine, Map<String, Integer> referenceLines) {
    }

    private TemplateReader(String file, SchemaConventions conventions) {
        this.file = file;
        this.conventions = conventions;
    }

    /**
     * @param file the file's path as messages name it; its last segment is {@code <layer>.template.md}
     * @param text the file's text
     */
    static Read read(String file, String text, SchemaConventions conventions) {
        return new TemplateReader(file, conventions).read(text);
    }

    private Read read(String text) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        Matcher fileName = FILE_NAME.matcher(name);
        if (!fileName.matches()) {
            throw fail(1, "a template's file name is <layer folder>.template.md, such as security.template.md");
        }
        String normalized = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n")
                .replace('\r', '\n');
        String[] lines = normalized.split("\n", -1);
        List<String> keys = new ArrayList<>();
        String prefix = frontMatter(lines, keys);
        StringBuilder body = new StringBuilder();
        for (int i = bodyFirstLine - 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        Node document = PARSER.parse(body.toString());
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            accept(block);
        }
        if (title == null) {
            throw fail(bodyFirstLine, "the template has no \"# \" title after its front matter");
        }
        if (topLevel.isEmpty()) {
            throw fail(bodyFirstLine, "the template has no \"## \" sections");
        }
        TitleStyle style = title.contains("UC[") ? TitleStyle.USE_CASE : TitleStyle.FREE;
        LayerDraft draft = new LayerDraft(fileName.group(1), prefix, style, List.copyOf(references.keySet()), keys,
                sections(topLevel, List.of()), placeholders);
        return new Read(draft, idLine, references);
    }

    /** Reads the keys of the {@code ---} block and returns the prefix its {@code id} gives. */
    private String frontMatter(String[] lines, List<String> keys) {
        if (!lines[0].strip().equals("---")) {
            throw fail(1, "a template starts with a \"---\" front matter block");
        }
        String prefix = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().equals("---")) {
                bodyFirstLine = i + 2;
                if (prefix == null) {
                    throw fail(1, "the front matter has no \"id: <PREFIX>-[CONCEPT]\"");
                }
                return prefix;
            }
            if (line.isBlank() || line.stripLeading().startsWith("#") || Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            Matcher key = KEY.matcher(line);
            if (!key.matches()) {
                throw fail(i + 1, "front matter line is not \"key: value\"");
            }
            keys.add(key.group(1));
            String value = key.group(2).strip();
            collectBracketed(value);
            if (key.group(1).equals("id")) {
                Matcher id = ID.matcher(value);
                if (!id.matches()) {
                    throw fail(i + 1, "id \"" + value + "\" is not \"<PREFIX>-[CONCEPT]\" with a prefix of 2 to 8 "
                            + "capital letters");
                }
                prefix = id.group(1);
                idLine = i + 1;
            }
        }
        throw fail(1, "the front matter is not closed by a \"---\" line");
    }

    private void accept(Node block) {
        String label = pendingLabel;
        pendingLabel = "";
        collectPlaceholders(block);
        if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof HtmlBlock html) {
            guidance(html.getLiteral());
        } else if (block instanceof TableBlock table) {
            table(table, label);
        } else if (block instanceof Paragraph paragraph) {
            if (paragraph.getFirstChild() instanceof StrongEmphasis strong && paragraph.getFirstChild().getNext() == null) {
                String text = InlineText.of(strong);
                pendingLabel = text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
            } else {
                guidance(InlineText.of(paragraph));
            }
        }
        if (!open.isEmpty() && isReferences(open.getLast())) {
            collectReferences(block);
        }
    }

    private void heading(Heading heading) {
        String text = InlineText.of(heading);
        int line = line(heading);
        if (heading.getLevel() == 1) {
            if (title == null) {
                title = text;
            }
            return;
        }
        if (text.isEmpty()) {
            throw fail(line, "a heading without text");
        }
        while (!open.isEmpty() && open.peek().level >= heading.getLevel()) {
            open.pop();
        }
        Draft draft = new Draft(heading.getLevel(), text, line);
        if (open.isEmpty()) {
            topLevel.add(draft);
        } else {
            open.peek().children.add(draft);
        }
        open.push(draft);
    }

    private void guidance(String text) {
        if (!open.isEmpty()) {
            open.peek().guidance.append(text).append('\n');
        }
    }

    private void table(TableBlock table, String label) {
        if (open.isEmpty()) {
            throw fail(line(table), "a table before the first \"## \" section");
        }
        List<String> columns = new ArrayList<>();
        List<RowRule> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                List<String> cells = cells((TableRow) row);
                if (part instanceof TableHead) {
                    columns.addAll(cells);
                } else if (part instanceof TableBody && !cells.isEmpty() && !BRACKETED.matcher(cells.get(0)).find()) {
                    rows.add(new RowRule(cells.get(0), cells.stream().anyMatch(conventions::saysOptional)));
                }
            }
        }
        open.peek().tables.add(new TableRule(label, columns, false, rows));
    }

    private static List<String> cells(TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
                cells.add(InlineText.of(cell));
            }
        }
        return cells;
    }

    /** Every bracketed phrase outside code and comments, link destinations included. */
    private void collectPlaceholders(Node block) {
        if (block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock || block instanceof HtmlBlock) {
            return;
        }
        if (block instanceof Heading heading && heading.getLevel() == 1) {
            collectBracketed(InlineText.of(heading));
        }
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                collectBracketed(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                // inline code shows notation, not content to fill in
            }

            @Override
            public void visit(Link link) {
                collectBracketed(link.getDestination());
                visitChildren(link);
            }
        });
    }

    private void collectBracketed(String text) {
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            if (!CHECKBOXES.contains(bracketed.group())) {
                placeholders.add(bracketed.group());
            }
        }
    }

    private void collectReferences(Node block) {
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                Matcher upstream = UPSTREAM.matcher(link.getDestination());
                if (upstream.matches()) {
                    references.putIfAbsent(upstream.group(1), line(link));
                }
            }
        });
    }

    private boolean isReferences(Draft top) {
        return Headings.matches(top.heading, conventions.references());
    }

    private List<SectionRule> sections(List<Draft> drafts, List<String> alternatives) {
        List<SectionRule> rules = new ArrayList<>();
        for (Draft draft : drafts) {
            String heading = OPTIONAL_QUALIFIER.matcher(draft.heading).replaceFirst("");
            boolean optional = !heading.equals(draft.heading) || conventions.saysOptional(draft.guidance.toString())
                    || alternatives.stream().anyMatch(name -> Headings.matches(heading, name));
            Matcher named = NAMED_HEADING.matcher(heading);
            boolean userNamed = named.matches();
            String name = userNamed ? userNamedKind(named.group(1)) : heading;
            rules.add(new SectionRule(name, userNamed, optional, draft.level, draft.tables,
                    sections(draft.children, conventions.alternativesNamedIn(draft.guidance.toString()))));
        }
        return rules;
    }

    /** {@code ENTITY_NAME} names sections of the kind "entity"; {@code ALTERNATIVE_NAME} "alternative". */
    private static String userNamedKind(String token) {
        String kind = token.endsWith("_NAME") && token.length() > 5 ? token.substring(0, token.length() - 5) : token;
        return kind.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The line of the node, or of the nearest block around it: inline nodes carry no position here. */
    private int line(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                return bodyFirstLine + at.getSourceSpans().get(0).getLineIndex();
            }
        }
        return bodyFirstLine;
    }

    private TemplateException fail(int line, String problem) {
        return new TemplateException(file, line, problem);
    }

    /** A template heading with what its body says, before it becomes a section rule. */
    private static final class Draft {
        final int level;
        final String heading;
        final int line;
        final StringBuilder guidance = new StringBuilder();
        final List<TableRule> tables = new ArrayList<>();
        final List<Draft> children = new ArrayList<>();

        Draft(int level, String heading, int line) {
            this.level = level;
            this.heading = heading;
            this.line = line;
        }
    }
}
