package io.github.speclint.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One string for each short text met again: a tree of specs made from one set of templates keeps the same few titles,
 * column names and statuses tens of thousands of times, when parsed and again when read back from the cache's
 * encoding. Bounded, so a tree of unique texts costs no more than one without sharing.
 */
public final class SharedText {

    private static final int MAX_ENTRIES = 4096;
    private static final int MAX_LENGTH = 80;
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    private SharedText() {
    }

    public static String of(String text) {
        if (text.length() > MAX_LENGTH) {
            return text;
        }
        String shared = SHARED.get(text);
        if (shared != null) {
            return shared;
        }
        if (SHARED.size() >= MAX_ENTRIES) {
            return text;
        }
        String first = SHARED.putIfAbsent(text, text);
        return first != null ? first : text;
    }
}
