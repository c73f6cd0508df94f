package io.github.speclint.graph;

import io.github.speclint.model.Link;
import io.github.speclint.model.Placeholder;
import io.github.speclint.model.SpecDocument;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves relative links to Markdown files the way a Markdown viewer does: against the linking file's folder,
 * fragment and query dropped, percent-escapes decoded. Web links, anchors and links to other file types are not
 * spec references and resolve to nothing, as do template links such as {@code ../business/[FILENAME].md}, which
 * the placeholder rule reports.
 */
final class LinkResolver {

    private final Path base;
    private final String root;
    private final Map<String, SpecDocument> specsByPath;

    /**
     * @param root the spec root in the form of specs' paths ("" when it is the base itself)
     */
    LinkResolver(Path base, String root, Map<String, SpecDocument> specsByPath) {
        this.base = base;
        this.root = root;
        this.specsByPath = specsByPath;
    }

    Optional<ResolvedLink> resolve(SpecDocument from, Link link) {
        String destination = strip(link.destination());
        if (destination.isEmpty() || destination.contains(":") || destination.startsWith("//")
                || !destination.toLowerCase(Locale.ROOT).endsWith(".md") || Placeholder.tokenIn(destination)) {
            return Optional.empty();
        }
        String target = slashes(Path.of(from.path()).resolveSibling(decode(destination)).normalize());
        if (!underRoot(target)) {
            return Optional.of(new ResolvedLink(link, ResolvedLink.Kind.OUTSIDE_ROOT, target, Optional.empty()));
        }
        SpecDocument spec = specsByPath.get(target);
        if (spec != null) {
            return Optional.of(new ResolvedLink(link, ResolvedLink.Kind.SPEC, target, Optional.of(spec)));
        }
        ResolvedLink.Kind kind = Files.isRegularFile(base.resolve(target)) ? ResolvedLink.Kind.OTHER_FILE
                : ResolvedLink.Kind.MISSING;
        return Optional.of(new ResolvedLink(link, kind, target, Optional.empty()));
    }

    /** Specs' paths are relative to the base, so a root outside the base starts with "../" itself. */
    private boolean underRoot(String target) {
        if (root.isEmpty()) {
            return !target.startsWith("../") && !target.equals("..");
        }
        return target.startsWith(root + "/");
    }

    private static String strip(String destination) {
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

    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return new URI(path).getPath();
        } catch (java.net.URISyntaxException notAUri) {
            return path;
        }
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
