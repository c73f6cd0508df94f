package io.github.speclint.rules.reference;

import java.util.Collection;

/**
 * The candidate nearest to a mistyped id, by edit distance: the "did you mean" of a finding. Edit distance costs the
 * product of the two lengths: for text from specs, a {@link #bounded()} instance looks at most at the first
 * {@value #MAX_LENGTH} characters of each string (ids are shorter) and one spec's links share a budget of work; past
 * it, the first candidate (the spec's own id) is the suggestion. A file of thousands of long mistyped links therefore
 * costs a bounded time, not minutes.
 */
public final class Closest {

    static final int MAX_LENGTH = 64;
    static final long WORK_PER_SPEC = 20_000_000;

    private long work;

    private Closest() {
    }

    /** A suggester with its own budget of work, for the links of one spec. */
    static Closest bounded() {
        return new Closest();
    }

    /** For a few short names a user typed (configuration), compared in full. */
    public static String to(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(typed, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    String nearest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (best != null && work > WORK_PER_SPEC) {
                break;
            }
            String a = prefix(typed);
            String b = prefix(candidate);
            work += (long) (a.length() + 1) * (b.length() + 1);
            int distance = distance(a, b);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String prefix(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
