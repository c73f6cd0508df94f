package io.github.speclint.graph;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkPathsTest {

    @Test
    void resolvesAgainstTheLinkingFilesFolderLikeAPathWould() {
        assertEquals("docs/business/uc1.md", LinkPaths.resolveSibling("docs/functional/f.md", "../business/uc1.md"));
        assertEquals("docs/functional/g.md", LinkPaths.resolveSibling("docs/functional/f.md", "./g.md"));
        assertEquals("docs/functional/g.md", LinkPaths.resolveSibling("docs/functional/f.md", "g.md"));
        assertEquals("docs/a/b.md", LinkPaths.resolveSibling("docs/functional/f.md", "../x/.././a//b.md"));
        assertEquals("../outside.md", LinkPaths.resolveSibling("docs/f.md", "../../outside.md"));
        assertEquals("../../elsewhere/docs/business/b.md",
                LinkPaths.resolveSibling("../../elsewhere/docs/stack/s.md", "../business/b.md"));
        assertEquals("business/b.md", LinkPaths.resolveSibling("f.md", "business/b.md"));
    }
}
