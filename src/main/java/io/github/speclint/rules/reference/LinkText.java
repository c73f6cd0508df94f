package io.github.speclint.rules.reference;

import io.github.speclint.graph.ResolvedLink;
import io.github.speclint.model.Excerpt;
import io.github.speclint.model.SpecDocument;

import java.nio.file.Path;

/** How reference findings name a link and a spec: as written, and relative to the linking file. */
final class LinkText {

    private LinkText() {
    }

    static String written(ResolvedLink link) {
        return "[" + link.link().text() + "](" + link.link().destination() + ")";
    }

    /** The path from the linking spec's folder to a target, as it would be written in a link. */
    static String relative(SpecDocument from, String targetPath) {
        Path folder = Path.of(from.path()).getParent();
        Path target = Path.of(targetPath);
        String relative = (folder == null ? target : folder.relativize(target)).toString().replace('\\', '/');
        return relative.startsWith("../") ? relative : "./" + relative;
    }

    /** "a stack", "an infrastructure". */
    static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    static String named(SpecDocument spec) {
        return Excerpt.of(spec.id().orElse(spec.path()));
    }
}
