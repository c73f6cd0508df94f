package io.github.speclint.parse;

import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.SourcePosition;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the front matter nearly every spec has, a few {@code key: plain value} lines, without a YAML parser: each line
 * a simple key, a colon and a space, and a one-line plain scalar. Anything else (quotes, lists, comments, empty
 * values, indentation, a repeated key, a character YAML treats specially) returns null and is left to snakeyaml, so
 * the result is the same either way; a test compares the two. Values are typed by snakeyaml's own resolver.
 */
final class PlainFrontMatter {

    /** Far below snakeyaml's code point limit, so that no limit can apply to what is read here. */
    private static final int MAX_LENGTH = 16 * 1024;
    /** Characters that give a plain scalar's first character a YAML meaning. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final Resolver RESOLVER = new Resolver();

    private PlainFrontMatter() {
    }

    /** The entries, or null when the YAML is not only plain {@code key: value} lines. */
    static List<FrontMatterEntry> read(String yaml, int firstLine) {
        if (yaml.isEmpty() || yaml.length() > MAX_LENGTH) {
            return null;
        }
        List<FrontMatterEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int line = 0;
        for (int start = 0; start < yaml.length(); line++) {
            int end = yaml.indexOf('\n', start);
            end = end < 0 ? yaml.length() : end;
            FrontMatterEntry entry = entry(yaml, start, end, firstLine + line);
            if (entry == null || !keys.add(entry.key())) {
                return null;
            }
            entries.add(entry);
            start = end + 1;
        }
        return entries;
    }

    private static FrontMatterEntry entry(String yaml, int start, int end, int fileLine) {
        int colon = start;
        if (colon >= end || !isKeyStart(yaml.charAt(colon))) {
            return null;
        }
        while (colon < end && isKeyPart(yaml.charAt(colon))) {
            colon++;
        }
        if (colon + 1 >= end || yaml.charAt(colon) != ':' || yaml.charAt(colon + 1) != ' ') {
            return null;
        }
        int from = colon + 2;
        while (from < end && yaml.charAt(from) == ' ') {
            from++;
        }
        int to = end;
        while (to > from && yaml.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to || INDICATORS.indexOf(yaml.charAt(from)) >= 0 || !plainScalar(yaml, from, to)) {
            return null;
        }
        String key = yaml.substring(start, colon);
        String value = yaml.substring(from, to);
        Tag valueTag = RESOLVER.resolve(NodeId.scalar, value, true);
        if (!FrontMatterReader.PLAIN_TAGS.contains(RESOLVER.resolve(NodeId.scalar, key, true))
                || !FrontMatterReader.PLAIN_TAGS.contains(valueTag)) {
            return null;
        }
        FrontMatterEntry.Kind kind = Tag.NULL.equals(valueTag) ? FrontMatterEntry.Kind.EMPTY
                : FrontMatterEntry.Kind.SCALAR;
        return new FrontMatterEntry(key, kind, value, value.strip(), SourcePosition.of(fileLine, 1),
                SourcePosition.of(fileLine, from - start + 1));
    }

    /** One line of printable text with no comment, tab, mapping colon or YAML line break in it. */
    private static boolean plainScalar(String yaml, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = yaml.charAt(i);
            boolean printable = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!printable || c == '#' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || (c == ':' && (i + 1 == to || yaml.charAt(i + 1) == ' '))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKeyStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isKeyPart(char c) {
        return isKeyStart(c) || (c >= '0' && c <= '9') || c == '-';
    }
}
