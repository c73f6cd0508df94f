package io.github.speclint.parse;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.List;

/**
 * How a spec's Markdown body is parsed: commonmark with GFM tables, source spans down to inlines, and the
 * {@link PlainTextInlineParser} shortcut. A link reference definition needs a {@code ]:}: in a body without one (nearly
 * every spec) no bracket can be a defined label, and the shortcut skips the lookup it would make for each.
 */
final class SpecMarkdown {

    private static final Parser MAY_DEFINE_LABELS = parser(true);
    private static final Parser DEFINES_NO_LABEL = parser(false);

    private SpecMarkdown() {
    }

    static Node parse(String body) {
        return (body.contains("]:") ? MAY_DEFINE_LABELS : DEFINES_NO_LABEL).parse(body);
    }

    private static Parser parser(boolean mayDefineLabels) {
        return Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .inlineParserFactory(context -> new PlainTextInlineParser(context, mayDefineLabels))
                .build();
    }
}
