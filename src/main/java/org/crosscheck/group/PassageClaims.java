package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Passage;

/** The claims of each source sorted by position, so the claims inside a passage are found by binary search. */
final class PassageClaims {

    private final List<ClaimKey> claims;
    private final Map<String, int[]> bySource = new HashMap<>();
    private final Map<String, int[]> startsBySource = new HashMap<>();

    PassageClaims(List<ClaimKey> claims) {
        this.claims = claims;
        Map<String, List<Integer>> indexes = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            indexes.computeIfAbsent(claims.get(i).sourceId(), k -> new ArrayList<>()).add(i);
        }
        indexes.forEach((source, list) -> bySource.put(source, list.stream()
                .sorted((a, b) -> Integer.compare(claims.get(a).start(), claims.get(b).start()))
                .mapToInt(Integer::intValue).toArray()));
        bySource.forEach((source, sorted) -> startsBySource.put(source,
                Arrays.stream(sorted).map(i -> claims.get(i).start()).toArray()));
    }

    ClaimKey key(int index) {
        return claims.get(index);
    }

    /** The indexes of the claims whose span starts inside {@code passage}. */
    List<Integer> within(Passage passage) {
        int[] sorted = bySource.get(passage.sourceId());
        if (sorted == null) {
            return List.of();
        }
        int[] starts = startsBySource.get(passage.sourceId());
        int from = lowerBound(starts, passage.span().start());
        List<Integer> inside = new ArrayList<>();
        for (int k = from; k < sorted.length && starts[k] < passage.span().end(); k++) {
            inside.add(sorted[k]);
        }
        return inside;
    }

    private static int lowerBound(int[] values, int key) {
        int low = 0;
        int high = values.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (values[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
