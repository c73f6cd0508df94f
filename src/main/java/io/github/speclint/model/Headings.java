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

    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Titles repeat across thousands of specs ("References", "Scope"); normalizing each once is what keeps
     * matching cheap. Bounded so that a tree of unique titles cannot grow it without end. */
    private static final int CACHE_LIMIT = 100_000;
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
        if (BASES.size() < CACHE_LIMIT) {
            BASES.put(title, base);
        }
        return base;
    }

    private static String normalize(String title) {
        String text = QUALIFIER.matcher(title.strip()).replaceFirst("");
        if (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1);
        }
        return SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The qualifier in parentheses at the end of a heading, or "". */
    public static String qualifier(String title) {
        var matcher = QUALIFIER.matcher(title.strip());
        return matcher.find() ? matcher.group().strip() : "";
    }

    public static boolean matches(String written, String template) {
        return written.equalsIgnoreCase(template) || base(written).equals(base(template));
    }
}
