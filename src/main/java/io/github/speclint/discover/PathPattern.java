package io.github.speclint.discover;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them in includes and excludes: {@code **} spans folders,
 * {@code *} and {@code ?} stay within one name. Paths are matched with forward slashes, relative to the spec root.
 */
public final class PathPattern {

    private final String source;
    private final Pattern regex;

    private PathPattern(String source, Pattern regex) {
        this.source = source;
        this.regex = regex;
    }

    public static PathPattern of(String pattern) {
        String normalized = pattern.strip().replace('\\', '/');
        if (normalized.startsWith("/")) {
            normalized = normalized.substring(1);
        }
        if (normalized.endsWith("/")) {
            normalized = normalized + "**";
        }
        return new PathPattern(pattern, Pattern.compile(toRegex(normalized)));
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
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
