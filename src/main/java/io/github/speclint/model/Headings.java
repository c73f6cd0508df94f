package io.github.speclint.model;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How a written heading is compared with a template heading. Real specs qualify headings
 * ({@code ### Main Flow (Server Start)}, {@code ## Acceptance Criteria (Revised)}) and vary case; both still name the
 * template's section.
 */
public final class Headings {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Titles repeat across thousands of specs ("References", "Scope"); normalizing each once is what keeps
     * matching cheap. Bounded so that a tree of unique titles cannot grow it without end. */
    private static final int CACHE_LIMIT = 100_000;
    /** Longer titles are not template headings; caching them would let a few huge ones fill the memory. */
    private static final int CACHED_LENGTH = 200;
    private static final Map<String, String> BASES = new ConcurrentHashMap<>();

    private Headings() {
    }

    /** The heading without a trailing qualifier in parentheses or a trailing colon, in lower case. */
    public static String base(String title) {
        String cached = BASES.get(title);
        if (cached != null) {
            return cached;
        }
        String base = normalize(title);
        if (BASES.size() < CACHE_LIMIT && title.length() <= CACHED_LENGTH) {
            BASES.put(title, base);
        }
        return base;
    }

    private static String normalize(String title) {
        String stripped = title.strip();
        int qualifier = qualifierStart(stripped);
        String text = qualifier < 0 ? stripped : stripped.substring(0, qualifier).stripTrailing();
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
        }
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The qualifier in parentheses at the end of a heading, or "". */
    public static String qualifier(String title) {
        String stripped = title.strip();
        int qualifier = qualifierStart(stripped);
        return qualifier < 0 ? "" : stripped.substring(qualifier);
    }

    /**
     * Where the closing "(...)" of a stripped title starts (no parentheses inside), or -1. Scanned, not matched: a
     * pattern that starts with blanks would be retried at every blank of a long heading.
     */
    private static int qualifierStart(String stripped) {
        if (!stripped.endsWith(")")) {
            return -1;
        }
        int open = stripped.lastIndexOf('(');
        return open >= 0 && stripped.indexOf(')', open) == stripped.length() - 1 ? open : -1;
    }

    public static boolean matches(String written, String template) {
        return written.equalsIgnoreCase(template) || base(written).equals(base(template));
    }
}
