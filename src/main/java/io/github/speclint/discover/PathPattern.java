package io.github.speclint.discover;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them in includes and excludes: {@code **} spans folders,
 * {@code *} and {@code ?} stay within one name. Paths are matched with forward slashes, relative to the spec root.
 */
public final class PathPattern {

    private final String source;
    private final Pattern regex;
    /** For {@code **}{@code /*.md} and the like, the name's ending that decides alone; else null. */
    private final String suffix;

    private PathPattern(String source, Pattern regex, String suffix) {
        this.source = source;
        this.regex = regex;
        this.suffix = suffix;
    }

    public static PathPattern of(String pattern) {
        String normalized = pattern.strip().replace('\\', '/');
        if (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        return new PathPattern(pattern, Pattern.compile(toRegex(normalized)), suffix(normalized));
    }

    public boolean matches(String relativePath) {
        // the default include is matched against every file of the tree: an ending is checked without a regex
        return suffix != null ? relativePath.endsWith(suffix) : regex.matcher(relativePath).matches();
    }

    /**
     * The literal ending of a pattern {@code **}{@code /*<ending>} with no other wildcard or folder in it: any path
     * whose last name ends so matches, and no other.
     */
    private static String suffix(String glob) {
        String prefix = "**/*";
        if (!glob.startsWith(prefix)) {
            return null;
        }
        String ending = glob.substring(prefix.length());
        return ending.isEmpty() || ending.chars().anyMatch(c -> c == '*' || c == '?' || c == '/') ? null : ending;
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
