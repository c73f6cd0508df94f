package io.github.speclint.model;

import java.util.Objects;

/**
 * A layer of the spec chain: the prefix of its ids, the folder its specs sit in, and its rank, how far down the
 * traceability chain it stands (business 0 ... coverage 4). A spec may reference specs of lower rank. smaqit's five
 * layers are constants; a project's own templates may define more (see {@link Layers}).
 */
public final class Layer implements Comparable<Layer> {

    public static final Layer BUSINESS = new Layer("BUS", "business", 0);
    public static final Layer FUNCTIONAL = new Layer("FUN", "functional", 1);
    public static final Layer STACK = new Layer("STK", "stack", 2);
    public static final Layer INFRASTRUCTURE = new Layer("INF", "infrastructure", 3);
    public static final Layer COVERAGE = new Layer("COV", "coverage", 4);

    private final String prefix;
    private final String folder;
    private final int rank;

    private Layer(String prefix, String folder, int rank) {
        this.prefix = Objects.requireNonNull(prefix);
        this.folder = Objects.requireNonNull(folder);
        this.rank = rank;
    }

    /** A layer a project's template defines. */
    public static Layer of(String prefix, String folder, int rank) {
        return new Layer(prefix, folder, rank);
    }

    public String prefix() {
        return prefix;
    }

    public String folder() {
        return folder;
    }

    public int rank() {
        return rank;
    }

    /** True when this layer stands above {@code other} in the chain, so that {@code other} may reference it. */
    public boolean isUpstreamOf(Layer other) {
        return rank < other.rank;
    }

    /** The prefix of an id such as {@code INF-AUTH-001} ({@code INF}), or empty text when it has none. */
    public static String prefixOf(String id) {
        int dash = id == null ? -1 : id.indexOf('-');
        return dash <= 0 ? "" : id.substring(0, dash);
    }

    @Override
    public int compareTo(Layer other) {
        int byRank = Integer.compare(rank, other.rank);
        return byRank != 0 ? byRank : folder.compareTo(other.folder);
    }

    /** Two layers are the same when prefix and folder agree; the rank follows from the schema they come from. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Layer layer && prefix.equals(layer.prefix) && folder.equals(layer.folder);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode() * 31 + folder.hashCode();
    }

    @Override
    public String toString() {
        return folder;
    }
}
