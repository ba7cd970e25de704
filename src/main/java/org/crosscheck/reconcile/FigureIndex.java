package org.crosscheck.reconcile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.crosscheck.model.Claim;

/**
 * Figures filed under a key across all facts ("fine, EUR, 250000"), keeping only a hash and two
 * integers per figure, so that the claims need not stay in memory: {@link #forEachShared} reads back
 * only the claims whose key's hash another figure shares, one hash at a time.
 */
final class FigureIndex {

    /** A figure filed under a key: the position of its claim, and which of the claim's figures it is (0: its own). */
    record Entry(int claim, int figure) {
    }

    /** An entry with its claim, read back. */
    record Located(Entry entry, Claim claim) {
    }

    /** Recomputes the key an entry was filed under, from its claim. */
    interface Keys {
        String keyOf(Entry entry, Claim claim);
    }

    private long[] hashes = new long[256];
    private int[] claims = new int[256];
    private int[] figures = new int[256];
    private int size;

    void add(String key, int claim, int figure) {
        if (size == hashes.length) {
            int grown = Math.addExact(size, size / 2);
            hashes = Arrays.copyOf(hashes, grown);
            claims = Arrays.copyOf(claims, grown);
            figures = Arrays.copyOf(figures, grown);
        }
        hashes[size] = hash(key);
        claims[size] = claim;
        figures[size] = figure;
        size++;
    }

    /**
     * Hands on each key filed more than once with its entries, in the order they were filed; keys are
     * recomputed from the claims ({@code claimAt}) of entries whose hash is shared, since hashes may
     * collide. Only one hash's claims are in memory at a time; keys come in the order of their hashes.
     */
    void forEachShared(IntFunction<Claim> claimAt, Keys keys, BiConsumer<String, List<Located>> action) {
        long[] sorted = Arrays.copyOf(hashes, size);
        Arrays.sort(sorted);
        long[] repeated = new long[size];
        int count = 0;
        for (int i = 1; i < size; i++) {
            if (sorted[i] == sorted[i - 1] && (count == 0 || repeated[count - 1] != sorted[i])) {
                repeated[count++] = sorted[i];
            }
        }
        long[] shared = Arrays.copyOf(repeated, count);
        int candidates = 0;
        long[] byHash = new long[size];
        for (int i = 0; i < size; i++) {
            int rank = Arrays.binarySearch(shared, hashes[i]);
            if (rank >= 0) {
                byHash[candidates++] = ((long) rank << 32) | i;
            }
        }
        Arrays.sort(byHash, 0, candidates);
        int from = 0;
        while (from < candidates) {
            int to = from;
            while (to < candidates && byHash[to] >>> 32 == byHash[from] >>> 32) {
                to++;
            }
            Map<Integer, Claim> read = new HashMap<>();
            Map<String, List<Located>> byKey = new TreeMap<>();
            for (int k = from; k < to; k++) {
                int i = (int) byHash[k];
                Entry entry = new Entry(claims[i], figures[i]);
                Claim claim = read.computeIfAbsent(entry.claim(), claimAt::apply);
                byKey.computeIfAbsent(keys.keyOf(entry, claim), key -> new ArrayList<>()).add(new Located(entry, claim));
            }
            byKey.forEach((key, group) -> {
                if (group.size() > 1) {
                    action.accept(key, group);
                }
            });
            from = to;
        }
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
