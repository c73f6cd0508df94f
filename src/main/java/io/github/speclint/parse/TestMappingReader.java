package io.github.speclint.parse;

import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.TestMapping;
import org.commonmark.node.FencedCodeBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds "# COV-X-NNN: Maps to ID" comments, the coverage layer's link from a test case to a requirement. */
final class TestMappingReader {

    private static final Pattern MAPPING = Pattern.compile(
            "^(\\s*#\\s*)(COV-[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?)\\s*:\\s*maps\\s+to\\s+(.+?)\\s*$", Pattern.CASE_INSENSITIVE);

    private TestMappingReader() {
    }

    static List<TestMapping> read(FencedCodeBlock code, SourceMap map) {
        List<TestMapping> mappings = new ArrayList<>();
        SourcePosition fence = map.position(code);
        String[] lines = code.getLiteral().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher mapping = MAPPING.matcher(lines[i]);
            if (mapping.matches()) {
                mappings.add(new TestMapping(mapping.group(2), mapping.group(3),
                        SourcePosition.of(fence.line() + 1 + i, mapping.group(1).length() + 1)));
            }
        }
        return mappings;
    }
}
