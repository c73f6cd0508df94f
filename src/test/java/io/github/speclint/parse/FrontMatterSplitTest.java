package io.github.speclint.parse;

import io.github.speclint.model.FrontMatter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontMatterSplitTest {

    @Test
    void splitsAClosedBlockAndKnowsWhereTheBodyStarts() {
        FrontMatterSplit split = FrontMatterSplit.of("---\nid: BUS-X\nstatus: draft\n---  \n\n# Title\n");

        assertEquals(FrontMatter.Fence.CLOSED, split.fence());
        assertEquals("id: BUS-X\nstatus: draft\n", split.yaml());
        assertEquals(2, split.yamlFirstLine());
        assertEquals("\n# Title\n", split.body());
        assertEquals(5, split.bodyFirstLine());
    }

    @Test
    void aFileNotStartingWithAFenceIsAllBody() {
        FrontMatterSplit split = FrontMatterSplit.of("# Title\n---\n");

        assertEquals(FrontMatter.Fence.MISSING, split.fence());
        assertEquals("# Title\n---\n", split.body());
        assertEquals(1, split.bodyFirstLine());
    }

    @Test
    void aHeadingAfterABlankLineEndsTheSearchForTheClosingFence() {
        FrontMatterSplit split = FrontMatterSplit.of("---\nid: BUS-X\n\n# Title\n\n## Scope\n\n---\n\n*footer*\n");

        assertEquals(FrontMatter.Fence.UNCLOSED, split.fence());
        assertEquals(2, split.bodyFirstLine());
    }

    @Test
    void aYamlCommentDirectlyUnderAKeyDoesNotEndTheBlock() {
        FrontMatterSplit split = FrontMatterSplit.of("---\nid: BUS-X\n# a comment\n---\n# Title\n");

        assertEquals(FrontMatter.Fence.CLOSED, split.fence());
        assertEquals(5, split.bodyFirstLine());
    }
}
