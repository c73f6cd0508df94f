package io.github.speclint.graph;

import io.github.speclint.model.Headings;
import io.github.speclint.model.Link;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.Section;
import io.github.speclint.model.SpecDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out, from one spec alone, where the links of its Design References section lead: links to a design's
 * Markdown ({@code .md}) or image ({@code .png}), relative to the spec's folder like any Markdown link. Web links,
 * anchors and template links such as {@code ../../docs/designs/[LAYER]/...} are left out.
 */
public final class DesignLinks {

    private final String section;
    private final String imageSuffix;
    private final PathScope project;

    /**
     * @param section        the Design References heading
     * @param imageExtension the design image's file extension ({@code png})
     */
    public DesignLinks(Path base, Path projectRoot, String section, String imageExtension) {
        this.section = Headings.base(section);
        this.imageSuffix = "." + imageExtension.toLowerCase(Locale.ROOT);
        this.project = new PathScope(base, projectRoot);
    }

    public DesignReferences of(SpecDocument spec) {
        Optional<Section> found = spec.sections().stream()
                .filter(s -> Headings.base(s.title()).equals(section)).findFirst();
        if (found.isEmpty()) {
            return DesignReferences.NONE;
        }
        List<DesignLink> links = new ArrayList<>();
        for (Link link : spec.links()) {
            if (!link.sectionPath().isEmpty() && Headings.base(link.sectionPath().get(0)).equals(section)) {
                of(spec, link).ifPresent(links::add);
            }
        }
        // the cross-document rules read the heading alone; the facts keep it until the reports are written
        return new DesignReferences(found.map(Section::withoutBody), links);
    }

    private Optional<DesignLink> of(SpecDocument spec, Link link) {
        String destination = LinkPaths.strip(link.destination());
        String lower = destination.toLowerCase(Locale.ROOT);
        boolean image = lower.endsWith(imageSuffix);
        if (destination.isEmpty() || destination.contains(":") || destination.startsWith("//")
                || Placeholder.tokenIn(destination) || (!image && !lower.endsWith(".md"))) {
            return Optional.empty();
        }
        if (destination.startsWith("/")) {
            return Optional.of(new DesignLink(link, destination, image, true, false));
        }
        String target = LinkPaths.resolveSibling(spec.path(), LinkPaths.decode(destination));
        return Optional.of(new DesignLink(link, target, image, false, project.contains(target)));
    }
}
