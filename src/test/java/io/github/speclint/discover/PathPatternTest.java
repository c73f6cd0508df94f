package io.github.speclint.discover;

import org.junit.jupiter.api.Test;

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
}
