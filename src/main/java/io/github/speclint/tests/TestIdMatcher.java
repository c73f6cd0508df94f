package io.github.speclint.tests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the coverage test case ids a test's name carries. A test name cannot always hold a hyphen (a Java method
 * cannot), so the name is cut into runs of ASCII letters and digits and an id matches a sequence of whole runs,
 * whatever separates them and in any case: {@code cov_loans_002_refused}, {@code COV-LOANS-002: refused} and
 * {@code Cov Loans 002} all carry {@code COV-LOANS-002}, while {@code COV-LOANS-0021} and {@code RECOV-LOANS-002}
 * do not.
 */
final class TestIdMatcher {

    /** Ids of more segments are not looked for; this keeps the work per name linear in its length. */
    static final int MAX_SEGMENTS = 12;

    private final Set<String> ids = new HashSet<>();
    private final Set<String> firstSegments = new HashSet<>();
    private final int longest;

    TestIdMatcher(Collection<String> knownIds) {
        int most = 0;
        for (String id : knownIds) {
            String[] segments = id.toUpperCase(Locale.ROOT).split("-");
            if (segments.length <= MAX_SEGMENTS && !segments[0].isEmpty()) {
                ids.add(String.join("-", segments));
                firstSegments.add(segments[0]);
                most = Math.max(most, segments.length);
            }
        }
        this.longest = most;
    }

    /** Adds every known id the text carries. */
    void find(String text, Set<String> into) {
        if (ids.isEmpty() || text.isEmpty()) {
            return;
        }
        List<String> segments = segments(text);
        for (int start = 0; start < segments.size(); start++) {
            if (!firstSegments.contains(segments.get(start))) {
                continue;
            }
            StringBuilder candidate = new StringBuilder(segments.get(start));
            int end = Math.min(segments.size(), start + longest);
            for (int next = start + 1; next < end; next++) {
                candidate.append('-').append(segments.get(next));
                String id = candidate.toString();
                if (ids.contains(id)) {
                    into.add(id);
                }
            }
        }
    }

    private static List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                segment.append((char) (c - 'a' + 'A'));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                segment.append(c);
            } else if (segment.length() > 0) {
                segments.add(segment.toString());
                segment.setLength(0);
            }
        }
        if (segment.length() > 0) {
            segments.add(segment.toString());
        }
        return segments;
    }
}
