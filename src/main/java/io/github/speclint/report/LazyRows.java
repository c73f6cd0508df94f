package io.github.speclint.report;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The rows of a large table, each worked out when it is drawn: the traceability table of a large tree has a row per
 * business criterion, and holding them all, with their traces, while the page is written doubled the heap a run with
 * every report format needed. Unmodifiable; a row asked for twice is worked out twice, alike.
 */
final class LazyRows<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final IntFunction<T> row;

    LazyRows(int size, IntFunction<T> row) {
        this.size = size;
        this.row = row;
    }

    /** Each row of the source, mapped when it is drawn. */
    static <S, T> List<T> mapped(List<S> source, java.util.function.Function<S, T> mapping) {
        return new LazyRows<>(source.size(), index -> mapping.apply(source.get(index)));
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return row.apply(index);
    }

    @Override
    public int size() {
        return size;
    }
}
