package org.crosscheck.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Passage;

/**
 * The claims of each source sorted by position, so the claims inside a passage are found by binary
 * search; two integers per claim.
 */
final class PassageClaims {

    private final List<ClaimKey> claims;
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    /** Where each source's claims begin in {@link #sorted}, by source number; one more for the end. */
    private final int[] firstOfSource;
    /** Claim positions, source by source, each source's in order of start. */
    private final int[] sorted;
    /** The start of each claim in {@link #sorted}. */
    private final int[] starts;

    PassageClaims(List<ClaimKey> claims) {
        this.claims = claims;
        int n = claims.size();
        int[] sourceOf = new int[n];
        for (int i = 0; i < n; i++) {
            sourceOf[i] = sourceNumbers.computeIfAbsent(claims.get(i).sourceId(), k -> sourceNumbers.size());
        }
        firstOfSource = new int[sourceNumbers.size() + 1];
        for (int source : sourceOf) {
            firstOfSource[source + 1]++;
        }
        for (int s = 0; s < sourceNumbers.size(); s++) {
            firstOfSource[s + 1] += firstOfSource[s];
        }
        int[] next = Arrays.copyOf(firstOfSource, sourceNumbers.size());
        long[] byStart = new long[n];
        for (int i = 0; i < n; i++) {
            byStart[next[sourceOf[i]]++] = ((long) claims.get(i).start() << 32) | i;
        }
        sorted = new int[n];
        starts = new int[n];
        for (int s = 0; s < sourceNumbers.size(); s++) {
            Arrays.sort(byStart, firstOfSource[s], firstOfSource[s + 1]);
        }
        for (int k = 0; k < n; k++) {
            sorted[k] = (int) byStart[k];
            starts[k] = (int) (byStart[k] >>> 32);
        }
    }

    ClaimKey key(int index) {
        return claims.get(index);
    }

    /** The indexes of the claims whose span starts inside {@code passage}. */
    List<Integer> within(Passage passage) {
        Integer source = sourceNumbers.get(passage.sourceId());
        if (source == null) {
            return List.of();
        }
        int end = firstOfSource[source + 1];
        int from = lowerBound(starts, firstOfSource[source], end, passage.span().start());
        List<Integer> inside = new ArrayList<>();
        for (int k = from; k < end && starts[k] < passage.span().end(); k++) {
            inside.add(sorted[k]);
        }
        return inside;
    }

    private static int lowerBound(int[] values, int from, int to, int key) {
        int low = from;
        int high = to;
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
