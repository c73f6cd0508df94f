package io.github.speclint.parse;

import io.github.speclint.model.Criterion;
import io.github.speclint.model.Footer;
import io.github.speclint.model.Link;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Section;
import io.github.speclint.model.SourcePosition;
import io.github.speclint.model.Suppressions;
import io.github.speclint.model.TestMapping;
import io.github.speclint.model.Title;

import java.util.List;
import java.util.Optional;

/** What the Markdown body holds, before it is joined with the front matter into a SpecDocument. */
record Body(Optional<Title> title, List<Section> sections, List<Criterion> criteria, List<Link> links,
            List<Placeholder> placeholders, Optional<Footer> footer, Optional<SourcePosition> justification,
            List<TestMapping> testMappings, Suppressions suppressions) {
}
