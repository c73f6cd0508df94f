package io.github.speclint.rules.identity;

/**
 * How a uniqueness finding mentions the holders beyond the one it names. Each spec gets one finding, whatever the
 * number of holders, so that a tree of copies costs linear work and output, not one finding per pair.
 */
final class More {

    private More() {
    }

    static String than(int count) {
        return count <= 0 ? "" : count == 1 ? " and 1 other spec" : " and " + count + " other specs";
    }
}
