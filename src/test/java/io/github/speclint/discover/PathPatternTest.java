package io.github.speclint.discover;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PathPatternTest {

    @Test
    void doubleStarSpansZeroOrMoreFolders() {
        PathPattern markdown = PathPattern.of("**/*.md");

        assertTrue(markdown.matches("top.md"));
        assertTrue(markdown.matches("business/uc1.md"));
        assertTrue(markdown.matches("specs/business/uc1.md"));
        assertFalse(markdown.matches("business/uc1.txt"));
    }

    @Test
    void singleStarAndQuestionMarkStayInOneName() {
        assertTrue(PathPattern.of("business/*.md").matches("business/uc1.md"));
        assertFalse(PathPattern.of("business/*.md").matches("business/old/uc1.md"));
        assertTrue(PathPattern.of("uc?.md").matches("uc1.md"));
        assertFalse(PathPattern.of("uc?.md").matches("uc12.md"));
    }

    @Test
    void aTrailingSlashMeansEverythingBelowAndDotsAreLiteral() {
        assertTrue(PathPattern.of("archive/").matches("archive/2025/old.md"));
        assertFalse(PathPattern.of("*.md").matches("notes_md"));
    }

    @Test
    void anEndingAfterDoubleStarMatchesAsItsRegularExpressionWould() {
        String[] paths = {"top.md", ".md", "a/.md", "a.md/b", "x.mdx", "dir.md/file.txt", "a/b-draft.md", "md", "",
            "a/b/c/deep-draft.md", "a/UPPER.MD", "a/b.md/", "draft.md"};
        for (String ending : new String[] {".md", "-draft.md", ".MD", "x", "."}) {
            PathPattern fast = PathPattern.of("**/*" + ending);
            PathPattern regex = PathPattern.of("**/**/*" + ending);
            for (String path : paths) {
                assertEquals(regex.matches(path), fast.matches(path), ending + " on " + path);
            }
        }
    }
}
