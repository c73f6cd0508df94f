package io.github.speclint.parse;

import io.github.speclint.model.FrontMatter;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.YamlProblem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the front matter's YAML as a node tree. Nodes are only composed, never constructed into objects, so a tag
 * such as {@code !!java.lang.Runtime} can do nothing but be reported.
 */
final class FrontMatterReader {

    private static final int MAX_CODE_POINTS = 64 * 1024;
    private static final int MAX_DEPTH = 20;
    private static final int MAX_ALIASES = 20;
    static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.SEQ, Tag.MAP);

    private static final LoaderOptions OPTIONS = options();
    private static final Resolver RESOLVER = new Resolver();

    private FrontMatterReader() {
    }

    static FrontMatter read(String yaml, int firstLine) {
        List<FrontMatterEntry> plain = PlainFrontMatter.read(yaml, firstLine);
        if (plain != null) {
            return new FrontMatter(FrontMatter.Fence.CLOSED, SourcePosition.START, plain, List.of());
        }
        return readYaml(yaml, firstLine);
    }

    /** The front matter as snakeyaml composes it; {@link PlainFrontMatter} must give the same where it applies. */
    static FrontMatter readYaml(String yaml, int firstLine) {
        List<YamlProblem> problems = new ArrayList<>();
        Node root;
        try {
            root = compose(yaml);
        } catch (MarkedYAMLException e) {
            problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, "front matter is not valid YAML: " + describe(e, firstLine),
                    position(e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(), firstLine)));
            return new FrontMatter(FrontMatter.Fence.CLOSED, SourcePosition.START, List.of(), problems);
        } catch (YAMLException e) {
            problems.add(new YamlProblem(YamlProblem.Kind.TOO_COMPLEX, "front matter is too large or too deeply "
                    + "nested to read (limits: " + MAX_CODE_POINTS + " characters, depth " + MAX_DEPTH + ", "
                    + MAX_ALIASES + " aliases); a spec's front matter is a few plain key: value lines",
                    SourcePosition.of(firstLine, 1)));
            return new FrontMatter(FrontMatter.Fence.CLOSED, SourcePosition.START, List.of(), problems);
        }
        if (root == null) {
            return new FrontMatter(FrontMatter.Fence.CLOSED, SourcePosition.START, List.of(), problems);
        }
        reportUnsafeTags(root, firstLine, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (!(root instanceof MappingNode mapping)) {
            problems.add(new YamlProblem(YamlProblem.Kind.NOT_A_MAPPING, "front matter must be key: value lines "
                    + "(id, status, created, ...), but it is " + shape(root), position(root.getStartMark(), firstLine)));
            return new FrontMatter(FrontMatter.Fence.CLOSED, SourcePosition.START, List.of(), problems);
        }
        return new FrontMatter(FrontMatter.Fence.CLOSED, SourcePosition.START,
                new Entries(yaml, firstLine, problems).of(mapping), problems);
    }

    /**
     * What {@code Yaml.compose} does, without building a {@code Yaml} (constructor, representer, resolver) per file:
     * the options and the resolver are only read while composing, so one of each serves every file and thread.
     */
    private static Node compose(String yaml) {
        return new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), OPTIONS), RESOLVER, OPTIONS)
                .getSingleNode();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        // Composing never builds objects, so any tag may be read; reportUnsafeTags then names it in our words.
        options.setTagInspector(tag -> true);
        return options;
    }

    /**
     * A mapping's entries with their values' items and nested entries, each with its position. An aliased node is
     * read once: where it recurs it has no children, so aliases cannot multiply the work.
     */
    private record Entries(String yaml, int firstLine, List<YamlProblem> problems, Set<Node> seen,
                           CharIndex index) {

        Entries(String yaml, int firstLine, List<YamlProblem> problems) {
            this(yaml, firstLine, problems, Collections.newSetFromMap(new IdentityHashMap<>()), CharIndex.of(yaml));
        }

        List<FrontMatterEntry> of(MappingNode mapping) {
            List<FrontMatterEntry> entries = new ArrayList<>();
            Map<String, Integer> firstLineOfKey = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(new YamlProblem(YamlProblem.Kind.SYNTAX, "front matter keys must be plain words, "
                            + "but one is " + shape(tuple.getKeyNode()), position(tuple.getKeyNode().getStartMark(),
                            firstLine)));
                    continue;
                }
                String key = keyNode.getValue();
                SourcePosition keyPosition = position(keyNode.getStartMark(), firstLine);
                Integer earlier = firstLineOfKey.putIfAbsent(key, keyPosition.line());
                if (earlier != null) {
                    problems.add(new YamlProblem(YamlProblem.Kind.DUPLICATE_KEY, "key \"" + key
                            + "\" appears twice in the front matter (first on line " + earlier + "); keep one",
                            keyPosition));
                    continue;
                }
                entries.add(entry(key, keyPosition, tuple.getValueNode()));
            }
            return entries;
        }

        private FrontMatterEntry entry(String key, SourcePosition keyPosition, Node value) {
            SourcePosition valuePosition = position(value.getStartMark(), firstLine);
            return new FrontMatterEntry(key, kind(value), value instanceof ScalarNode s ? s.getValue() : null,
                    source(yaml, value, index), keyPosition, valuePosition, children(value));
        }

        private List<FrontMatterEntry> children(Node value) {
            if (value instanceof ScalarNode || !seen.add(value)) {
                return List.of();
            }
            if (value instanceof MappingNode mapping) {
                return of(mapping);
            }
            List<FrontMatterEntry> items = new ArrayList<>();
            for (Node item : ((SequenceNode) value).getValue()) {
                SourcePosition itemPosition = position(item.getStartMark(), firstLine);
                items.add(entry("", itemPosition, item));
            }
            return items;
        }
    }

    private static FrontMatterEntry.Kind kind(Node value) {
        if (value instanceof SequenceNode) {
            return FrontMatterEntry.Kind.LIST;
        }
        if (value instanceof MappingNode) {
            return FrontMatterEntry.Kind.MAP;
        }
        ScalarNode scalar = (ScalarNode) value;
        boolean empty = Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isEmpty();
        return empty ? FrontMatterEntry.Kind.EMPTY : FrontMatterEntry.Kind.SCALAR;
    }

    private static void reportUnsafeTags(Node node, int firstLine, List<YamlProblem> problems, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(new YamlProblem(YamlProblem.Kind.UNSAFE_TAG, "front matter uses the YAML tag "
                    + shortTag(node.getTag()) + "; only plain text, numbers, dates and lists are allowed",
                    position(node.getStartMark(), firstLine)));
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                reportUnsafeTags(tuple.getKeyNode(), firstLine, problems, seen);
                reportUnsafeTags(tuple.getValueNode(), firstLine, problems, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                reportUnsafeTags(item, firstLine, problems, seen);
            }
        }
    }

    private static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    private static String shape(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a map";
        }
        return "plain text";
    }

    private static String describe(MarkedYAMLException e, int firstLine) {
        String problem = e.getProblem() != null ? e.getProblem().strip() : "it cannot be parsed";
        if (e.getContext() == null || e.getContextMark() == null) {
            return problem;
        }
        return String.format("%s (%s started on line %d)", problem, e.getContext().strip()
                .replaceFirst("^while parsing ", ""), firstLine + e.getContextMark().getLine());
    }

    private static String source(String yaml, Node node, CharIndex index) {
        int start = index.of(node.getStartMark().getIndex());
        int end = index.of(node.getEndMark().getIndex());
        return yaml.substring(start, Math.max(start, end)).strip();
    }

    /**
     * YAML marks count code points, Java strings chars. The table is built once per block, so that finding the
     * source of each of thousands of list items costs a look-up, not a walk from the start of the block.
     *
     * @param offsets the char index of each code point, or null when every code point is one char
     */
    private record CharIndex(int[] offsets, int length) {

        static CharIndex of(String text) {
            int codePoints = text.codePointCount(0, text.length());
            if (codePoints == text.length()) {
                return new CharIndex(null, text.length());
            }
            int[] offsets = new int[codePoints + 1];
            for (int i = 0, c = 0; c < codePoints; c++) {
                offsets[c] = i;
                i += Character.charCount(text.codePointAt(i));
            }
            offsets[codePoints] = text.length();
            return new CharIndex(offsets, text.length());
        }

        int of(int codePoint) {
            if (offsets == null) {
                return Math.min(Math.max(codePoint, 0), length);
            }
            return offsets[Math.min(Math.max(codePoint, 0), offsets.length - 1)];
        }
    }

    private static SourcePosition position(Mark mark, int firstLine) {
        if (mark == null) {
            return SourcePosition.of(firstLine, 1);
        }
        return SourcePosition.of(firstLine + mark.getLine(), mark.getColumn() + 1);
    }
}
