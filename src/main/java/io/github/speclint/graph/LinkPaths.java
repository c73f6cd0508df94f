package io.github.speclint.graph;

import io.github.speclint.discover.SpecRoot;
import io.github.speclint.discover.SpecRoots;
import io.github.speclint.model.Headings;
import io.github.speclint.model.Link;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.SpecDocument;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Works out where a spec's relative links to Markdown files lead, the way a Markdown viewer does: against the linking
 * file's folder, fragment and query dropped, percent-escapes decoded. This needs only the linking spec, so it runs in
 * the per-document phase; the index then only looks the paths up. Web links, anchors and links to other file types are not
 * spec references and resolve to nothing, as do template links such as {@code ../business/[FILENAME].md}, which
 * the placeholder rule reports.
 */
public final class LinkPaths {

    private static final String REFERENCES = Headings.base("References");

    private final SpecRoots roots;
    private final String designSection;

    /**
     * @param base the folder specs' paths are relative to
     * @param root the spec root; links that lead outside it are reported
     */
    public LinkPaths(Path base, Path root) {
        this(SpecRoots.of(base, List.of(new SpecRoot("", root))));
    }

    /** @param roots the spec roots; links between them stay inside the spec tree, links that leave all are reported */
    public LinkPaths(SpecRoots roots) {
        this(roots, "");
    }

    /**
     * @param designSection the section whose links lead to design artifacts, not to specs ("" for none): they are
     *                      left to the design rules
     */
    public LinkPaths(SpecRoots roots, String designSection) {
        this.roots = roots;
        this.designSection = designSection.isEmpty() ? "" : Headings.base(designSection);
    }

    /** Where each link of the spec to a Markdown file leads; other links are left out. */
    public List<LinkPath> of(SpecDocument spec) {
        List<LinkPath> paths = new ArrayList<>(spec.links().size());
        for (Link link : spec.links()) {
            of(spec, link).ifPresent(paths::add);
        }
        return paths;
    }

    /**
     * Links to Markdown files anywhere, and every relative link under References, where only specs belong; an
     * absolute path counts as leaving the root, since it does not travel with the tree.
     */
    private Optional<LinkPath> of(SpecDocument from, Link link) {
        String destination = strip(link.destination());
        List<String> sectionBases = link.sectionPath().stream().map(Headings::base).toList();
        boolean reference = !sectionBases.isEmpty() && sectionBases.get(0).equals(REFERENCES);
        if (!designSection.isEmpty() && !sectionBases.isEmpty() && sectionBases.get(0).equals(designSection)) {
            return Optional.empty();
        }
        if (destination.isEmpty() || destination.contains(":") || destination.startsWith("//")
                || Placeholder.tokenIn(destination)
                || (!reference && !destination.toLowerCase(Locale.ROOT).endsWith(".md"))) {
            return Optional.empty();
        }
        if (destination.startsWith("/")) {
            return Optional.of(new LinkPath(link, destination, true, sectionBases));
        }
        String target = resolveSibling(from.path(), decode(destination));
        return Optional.of(new LinkPath(link, target, !underRoot(target), sectionBases));
    }

    /**
     * The path of {@code relative} seen from the folder of {@code file}, normalized; both use "/". Done on strings:
     * it runs for every link of every spec.
     */
    static String resolveSibling(String file, String relative) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        if (!relative.startsWith("/")) {
            int slash = file.lastIndexOf('/');
            if (slash > 0) {
                push(parts, file.substring(0, slash));
            }
        }
        push(parts, relative);
        return String.join("/", parts);
    }

    private static void push(ArrayDeque<String> parts, String path) {
        int start = 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            String part = path.substring(start, end < 0 ? path.length() : end);
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
    }

    private boolean underRoot(String target) {
        return roots.contains(target);
    }

    /** The link's path without fragment and query. */
    static String strip(String destination) {
        String path = destination.strip();
        int cut = indexOfAny(path, '#', '?');
        return cut < 0 ? path : path.substring(0, cut);
    }

    private static int indexOfAny(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        if (first < 0) {
            return second;
        }
        return second < 0 ? first : Math.min(first, second);
    }

    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return new URI(path).getPath();
        } catch (java.net.URISyntaxException notAUri) {
            return path;
        }
    }
}
