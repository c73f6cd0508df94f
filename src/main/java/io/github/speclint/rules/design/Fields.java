package io.github.speclint.rules.design;

import io.github.speclint.model.DesignDocument;
import io.github.speclint.model.FrontMatterEntry;
import io.github.speclint.model.SourcePosition;

import java.util.List;
import java.util.Optional;

/** How the design rules read a design's front matter and name its values in messages. */
final class Fields {

    private Fields() {
    }

    /** The entry when its value is plain text. */
    static Optional<FrontMatterEntry> scalar(DesignDocument design, String key) {
        return design.frontMatter().entry(key).filter(FrontMatterEntry::isScalar);
    }

    static Optional<String> text(DesignDocument design, String key) {
        return scalar(design, key).map(entry -> entry.value().strip());
    }

    /** The entry in a mapping's children. */
    static Optional<FrontMatterEntry> child(FrontMatterEntry map, String key) {
        return map.children().stream().filter(entry -> entry.key().equals(key)).findFirst();
    }

    /** Where a key's value stands, else the start of the file. */
    static SourcePosition valueAt(DesignDocument design, String key) {
        return design.frontMatter().entry(key).map(FrontMatterEntry::valuePosition).orElse(SourcePosition.START);
    }

    /** Where a key stands, else the start of the file. */
    static SourcePosition keyAt(DesignDocument design, String key) {
        return design.frontMatter().entry(key).map(FrontMatterEntry::keyPosition).orElse(SourcePosition.START);
    }

    /** A value as written, for messages: quoted, or "empty". */
    static String written(FrontMatterEntry entry) {
        if (entry.isBlank()) {
            return "empty";
        }
        return "\"" + shortened(entry.isScalar() ? entry.value().strip() : entry.source()) + "\"";
    }

    static String shortened(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    /** "a, b, c or d". */
    static String oneOf(List<String> words) {
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    /** "a stack", "an infrastructure". */
    static String article(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }
}
