package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures filed under a key across all facts ("fine, EUR, 250000"), keeping only a hash and two
 * integers per figure, so that the claims need not stay in memory: {@link #shared} reads back only
 * the claims whose key another figure shares.
 */
final class FigureIndex {

    /** A figure filed under a key: the position of its claim, and which of the claim's figures it is (0: its own). */
    record Entry(int claim, int figure) {
    }

    /** Recomputes the key an entry was filed under, from its claim. */
    interface Keys {
        String keyOf(Entry entry);
    }

    private long[] hashes = new long[256];
    private int[] claims = new int[256];
    private int[] figures = new int[256];
    private int size;

    void add(String key, int claim, int figure) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            claims = Arrays.copyOf(claims, size * 2);
            figures = Arrays.copyOf(figures, size * 2);
        }
        hashes[size] = hash(key);
        claims[size] = claim;
        figures[size] = figure;
        size++;
    }

    /**
     * The entries of each key filed more than once, by key in key order, in the order they were
     * filed; {@code keys} recomputes the key of an entry whose hash is shared (hashes may collide).
     */
    Map<String, List<Entry>> shared(Keys keys) {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        long[] repeated = new long[size];
        int count = 0;
        for (int i = 1; i < size; i++) {
            if (sorted[i] == sorted[i - 1] && (count == 0 || repeated[count - 1] != sorted[i])) {
                repeated[count++] = sorted[i];
            }
        }
        long[] candidates = Arrays.copyOf(repeated, count);
        Map<String, List<Entry>> byKey = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            if (Arrays.binarySearch(candidates, hashes[i]) >= 0) {
                Entry entry = new Entry(claims[i], figures[i]);
                byKey.computeIfAbsent(keys.keyOf(entry), k -> new ArrayList<>()).add(entry);
            }
        }
        byKey.values().removeIf(entries -> entries.size() < 2);
        return byKey;
    }

    /** 64-bit FNV-1a over the key's characters. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
